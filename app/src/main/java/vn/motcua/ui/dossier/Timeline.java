package vn.motcua.ui.dossier;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.DossierExtension;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStory;
import vn.motcua.dossier.HandOverStep;
import vn.motcua.dossier.StatusEvent;
import vn.motcua.dossier.SupplementRound;
import vn.motcua.ui.I18n;

/**
 * Merges a dossier's story into one timeline, in the order of its status events (the rating last). A hand-over, a supplement round and
 * an extension each write a status event too; the richer line (step deadline and verdict, what
 * to add, old → new due date, letter number) replaces that event instead of repeating it.
 *
 * <p>The pairing follows the processing service: every hand-over event names its receiver and
 * has its step, in order; every request from a status (not the intake's first event) has its
 * round; an extension is the only event that keeps the status; the rounds received are the
 * last events leaving "supplement requested" (a dossier sent back at the counter has no round).
 */
final class Timeline {
    private Timeline() {
    }

    static List<TimelineEntry> of(DossierStory story, I18n i18n) {
        List<TimelineEntry> lines = new ArrayList<>();
        List<HandOverStep> steps = story.steps();
        List<SupplementRound> rounds = story.rounds();
        List<DossierExtension> extensions = story.extensions();
        List<SupplementRound> received = rounds.stream().filter(r -> !r.open()).toList();
        long leavingSupplement = story.events().stream().filter(e -> e.from() == DossierStatus.SUPPLEMENT_REQUESTED && e.toUserName() == null)
                .count();
        long unpairedLeaving = leavingSupplement - received.size();
        int handOvers = 0;
        int requests = 0;
        int extended = 0;
        int arrived = 0;
        for (StatusEvent e : story.events()) {
            if (e.toUserName() != null && handOvers < steps.size()) {
                lines.add(step(i18n, steps.get(handOvers++)));
            } else if (e.from() != null && e.to() == DossierStatus.SUPPLEMENT_REQUESTED && requests < rounds.size()) {
                lines.add(request(i18n, rounds.get(requests++)));
            } else if (e.from() != null && e.from() == e.to() && extended < extensions.size()) {
                lines.add(extension(i18n, extensions.get(extended++)));
            } else if (e.from() == DossierStatus.SUPPLEMENT_REQUESTED && unpairedLeaving-- <= 0 && arrived < received.size()) {
                lines.add(arrival(i18n, received.get(arrived++)));
            } else {
                lines.add(status(i18n, e));
            }
        }
        story.rating().ifPresent(r -> lines.add(new TimelineEntry(r.ratedAt(), TimelineEntry.Kind.RATING,
                i18n.t("ui.dossier.timeline.rating", Shown.rating(i18n, r.level())),
                r.reason() == null ? "" : i18n.t("ui.dossier.timeline.reason", r.reason()), null)));
        return List.copyOf(lines);
    }

    private static TimelineEntry arrival(I18n i18n, SupplementRound r) {
        return new TimelineEntry(r.receivedAt(), TimelineEntry.Kind.SUPPLEMENT_RECEIVED,
                i18n.t("ui.dossier.timeline.supplementReceived", String.valueOf(r.roundNo())),
                join(by(i18n, r.receivedBy()), i18n.t("ui.dossier.timeline.dueChange", Shown.when(r.oldDueAt()), Shown.when(r.newDueAt()))),
                null);
    }

    private static TimelineEntry status(I18n i18n, StatusEvent e) {
        String title = e.from() == null ? i18n.t("ui.dossier.timeline.created", Shown.status(i18n, e.to()))
                : i18n.t("ui.dossier.timeline.changed", Shown.status(i18n, e.from()), Shown.status(i18n, e.to()));
        return new TimelineEntry(e.at(), TimelineEntry.Kind.STATUS, title, join(by(i18n, e.actorName()), note(i18n, e.note())), null);
    }

    private static TimelineEntry step(I18n i18n, HandOverStep s) {
        String to = s.receiverUnit() == null || s.receiverUnit().equals(s.receiverName()) ? s.receiverName()
                : s.receiverName() + " (" + s.receiverUnit() + ")";
        String done = s.finishedAt() == null ? i18n.t("ui.dossier.timeline.stepOpen")
                : i18n.t("ui.dossier.timeline.stepDone", Shown.when(s.finishedAt()));
        return new TimelineEntry(s.handedAt(), TimelineEntry.Kind.HAND_OVER,
                i18n.t("ui.dossier.timeline.handOver", String.valueOf(s.stepNo()), s.giverName(), to),
                join(i18n.t("ui.dossier.timeline.stepDue", Shown.when(s.stepDueAt())), done, note(i18n, s.note())),
                s.verdict().orElse(null));
    }

    private static TimelineEntry request(I18n i18n, SupplementRound r) {
        return new TimelineEntry(r.requestedAt(), TimelineEntry.Kind.SUPPLEMENT_REQUEST,
                i18n.t("ui.dossier.timeline.supplement", String.valueOf(r.roundNo()), r.content()),
                join(by(i18n, r.requestedBy()), i18n.t("ui.dossier.timeline.dueBefore", Shown.when(r.oldDueAt()))), null);
    }

    private static TimelineEntry extension(I18n i18n, DossierExtension x) {
        return new TimelineEntry(x.at(), TimelineEntry.Kind.EXTENSION,
                i18n.t("ui.dossier.timeline.extension", String.valueOf(x.workingDays()), x.letterNumber()),
                join(i18n.t("ui.dossier.timeline.reason", x.reason()),
                        i18n.t("ui.dossier.timeline.dueChange", Shown.when(x.oldDueAt()), Shown.when(x.newDueAt())),
                        by(i18n, x.issuedBy())), null);
    }

    private static String by(I18n i18n, String who) {
        return who == null ? "" : i18n.t("ui.dossier.timeline.by", who);
    }

    private static String note(I18n i18n, String note) {
        return note == null ? "" : i18n.t("ui.dossier.timeline.note", note);
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                out.append(out.length() == 0 ? "" : " · ").append(p);
            }
        }
        return out.toString();
    }
}
