package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.forms.ApologyData;
import vn.motcua.forms.ControlSheetData;
import vn.motcua.forms.ControlSheetRow;
import vn.motcua.forms.DocumentHeader;
import vn.motcua.forms.StopNoticeData;
import vn.motcua.office.Office;

/**
 * The data of the forms processing produces — 04 apology and new appointment, 05 stop notice, 06
 * control sheet — filled from the dossier's story, so a reprint always matches what happened.
 */
final class ProcessingForms {
    /** Who signs letters to citizens for the commune (the chair or a vice-chair signing for them). */
    static final String SIGNER_TITLE = "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH";

    private ProcessingForms() {
    }

    /** Form 04 for the latest extension: its letter number, reason and both due dates. */
    static ApologyData apology(DossierStory story, DocumentHeader header, Office here, String signer) {
        Dossier d = story.dossier();
        DossierExtension x = story.extensions().get(story.extensions().size() - 1);
        return new ApologyData(header, x.letterNumber(), d.applicant().fullName(), local(d.receivedAt()), d.procedureName(), d.code(),
                local(x.oldDueAt()), handlingUnit(story, here), x.reason(), local(x.newDueAt()), SIGNER_TITLE, signer);
    }

    /** Form 05 for a dossier withdrawn by the citizen (7) or stopped by the office (8). */
    static StopNoticeData stopNotice(DossierStory story, DocumentHeader header, String signer) {
        Dossier d = story.dossier();
        Instant stopped = d.finishedAt() != null ? d.finishedAt() : d.statusChangedAt();
        return new StopNoticeData(header, d.code(), d.applicant().fullName(), d.procedureName(), local(d.receivedAt()), d.reason(),
                local(stopped).toLocalDate(), d.status() == DossierStatus.WITHDRAWN, SIGNER_TITLE, signer);
    }

    /** Form 06: one row per hand-over with the step's verdict (blank while the step is open). */
    static ControlSheetData controlSheet(DossierStory story, DocumentHeader header, Office here) {
        Dossier d = story.dossier();
        List<ControlSheetRow> rows = story.steps().stream()
                .map(s -> new ControlSheetRow(s.giverName(), s.receiverUnit() == null || s.receiverUnit().equals(s.receiverName())
                        ? s.receiverName() : s.receiverName() + " (" + s.receiverUnit() + ")",
                        local(s.handedAt()), local(s.stepDueAt()), s.verdict().orElse(null), s.note()))
                .toList();
        Set<String> units = new LinkedHashSet<>();
        story.steps().stream().map(HandOverStep::receiverUnit).filter(u -> u != null).forEach(units::add);
        String main = handlingUnit(story, here);
        units.remove(main);
        return new ControlSheetData(header, d.code(), d.ownerName() != null ? d.ownerName() : d.applicant().fullName(), d.procedureName(),
                local(d.receivedAt()), local(d.dueAt()), main, units.isEmpty() ? null : String.join(", ", units), rows);
    }

    /** The unit that leads the work: the first unit the dossier was handed to, or the office itself. */
    static String handlingUnit(DossierStory story, Office here) {
        return story.steps().stream().map(HandOverStep::receiverUnit).filter(u -> u != null).findFirst().orElse(here.name());
    }

    static LocalDateTime local(Instant i) {
        return i == null ? null : WorkCalendar.toLocal(i);
    }

    static void require(DossierStory story, String form) {
        if (!story.forms().contains(form)) {
            throw new UserFacingException("forms.notProduced", form, story.dossier().code());
        }
    }

    static LocalDate today(java.time.Clock clock) {
        return WorkCalendar.toLocal(clock.instant()).toLocalDate();
    }
}
