package vn.motcua.dossier.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.calendar.Verdict;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.Procedure;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.IdProblem;
import vn.motcua.citizen.Sex;
import vn.motcua.common.MessageKey;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.NameKeys;
import vn.motcua.dossier.Transitions;

/**
 * Every check a history line must pass before anything of it is written, and the derivation of
 * what processing would have left on the dossier. The first problem found refuses the line with
 * a message key naming the field; nothing here touches the database.
 *
 * <p>The story opens with the receipt: a first event 1 (submitted online) or 2 (accepted), or a
 * 3 / 5 at the very time of receipt (refused or sent back at the counter), is the opening event;
 * otherwise the import writes "accepted (2) at receivedAt" first, as the intake would have.
 * Each later event must be a move {@link Transitions#allowed} permits, in time order.
 */
final class HistoryChecks {
    /** Reference §3: opaque agency ID (dot-separated groups), receipt day yyMMdd, 4 digits (or AA + 4, Circular 04/2025). */
    private static final Pattern CODE = Pattern.compile("([A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)-(\\d{6})-(\\d{4}|\\d{6})");
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    private static final int MAX_CODE = 96;
    private static final int MAX_NAME = 255;
    private static final int MAX_NOTE = 2000;

    private final Map<String, Procedure> catalogue;
    private final Instant now;
    private final LocalDate today;
    private final String defaultActor;
    private final WorkCalendar rules;

    HistoryChecks(Map<String, Procedure> catalogue, WorkCalendar rules, Instant now, String defaultActor) {
        this.catalogue = catalogue;
        this.rules = rules;
        this.now = now;
        this.today = WorkCalendar.toLocal(now).toLocalDate();
        this.defaultActor = defaultActor;
    }

    HistoryDossier check(long lineNo, HistoryLine l) {
        String code = required(Text.nfcOrNull(l.code()), "code");
        Matcher m = CODE.matcher(code);
        if (code.length() > MAX_CODE || !m.matches()) {
            throw new UserFacingException("history.code.format", code);
        }
        LocalDate codeDay = codeDay(code, m.group(2));
        int seq = Integer.parseInt(m.group(3));
        if (seq < 1) {
            throw new UserFacingException("history.code.format", code);
        }
        Instant receivedAt = time(required(l.receivedAt(), "receivedAt"), "receivedAt");
        LocalDateTime receivedLocal = WorkCalendar.toLocal(receivedAt);
        if (!receivedLocal.toLocalDate().equals(codeDay)) {
            throw new UserFacingException("history.code.day", code, receivedLocal.toLocalDate().toString());
        }
        if (receivedAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new UserFacingException("history.time.future", "receivedAt", l.receivedAt());
        }
        Instant dueAt = l.dueAt() == null ? null : time(l.dueAt(), "dueAt");
        if (dueAt != null && !dueAt.isAfter(receivedAt)) {
            throw new UserFacingException("history.dueBeforeReceived", l.dueAt(), l.receivedAt());
        }
        String procCode = required(Text.nfcOrNull(l.procedureCode()), "procedure");
        Procedure known = catalogue.get(procCode);
        String procName;
        String procField;
        TimeBudget budget;
        String legalTime;
        if (known != null) {
            procName = known.name();
            procField = known.field();
            budget = known.time().budget();
            legalTime = known.time().legalTimeText();
        } else {
            procName = Text.nfcOrNull(l.procedureName());
            if (procName == null) {
                throw new UserFacingException("history.procedure.unknown", procCode);
            }
            procField = Text.nfcOrNull(l.procedureField());
            length(procCode, 32, "procedure.code");
            length(procName, 1000, "procedure.name");
            length(procField, MAX_NAME, "procedure.field");
            budget = dueAt == null ? TimeBudget.none() : TimeBudget.workingDays(Math.max(1,
                    rules.workingDaysBetween(receivedLocal.toLocalDate(), WorkCalendar.toLocal(dueAt).toLocalDate())));
            legalTime = budget.describe();
        }
        Channel channel = Channel.parse(l.channel());
        ApplicantType type = ApplicantType.parse(l.applicantType());
        int sets = sets(l.sets());
        ApplicantDetails applicant = applicant(l.applicant());
        String receivedBy = name(l.receivedBy(), "receivedBy", defaultActor);

        HistoryDossier.Step[] built = events(l.events(), receivedAt);
        // what ProcessingService would have left on the dossier after these moves
        Instant finishedAt = null;
        String verdict = null;
        Instant returnedAt = null;
        String returnedTo = null;
        String reason = null;
        List<HistoryDossier.Step> steps = List.of(built);
        for (int i = 0; i < built.length; i++) {
            HistoryDossier.Step s = built[i];
            DossierStatus to = DossierStatus.of(s.to());
            if (to == DossierStatus.RESULT_READY) {
                finishedAt = s.at();
                Verdict v = verdict(dueAt, s.at());
                verdict = v == null ? null : v.name();
            } else if (to == DossierStatus.REFUSED || to == DossierStatus.WITHDRAWN || to == DossierStatus.STOPPED) {
                if (s.from() != null) { // refused at the counter: never processed, so never "finished"
                    finishedAt = s.at();
                    verdict = null;
                }
                reason = s.note();
            } else if (to == DossierStatus.RETURNED) {
                returnedAt = s.at();
                String who = l.events().get(Math.max(0, i - (built.length - l.events().size()))).receivedBy();
                returnedTo = name(who, "events.receivedBy", applicant.fullName());
            }
        }
        HistoryDossier.Step last = built[built.length - 1];
        DossierStatus status = DossierStatus.of(last.to());
        return new HistoryDossier(lineNo, TimeOrderedIds.at(receivedAt), code, m.group(1), codeDay, seq, procCode, procName, procField, legalTime,
                budget, channel.code(), type.code(), applicant, sets, receivedAt, receivedLocal, dueAt, receivedBy, steps,
                status.code(), last.at(), finishedAt, verdict, returnedAt, returnedTo, reason,
                status.clockRuns() ? dueAt : null, NameKeys.of(applicant.fullName()));
    }

    /** The events as stored, the opening one first (implicit "accepted at receipt" when the file starts later). */
    private HistoryDossier.Step[] events(List<HistoryLine.Event> given, Instant receivedAt) {
        List<HistoryDossier.Step> out = new ArrayList<>();
        Instant previousAt = receivedAt;
        DossierStatus current = null;
        for (int i = 0; i < given.size(); i++) {
            HistoryLine.Event e = given.get(i);
            String n = String.valueOf(i + 1);
            DossierStatus to = status(e.status(), n);
            Instant at = time(required(e.at(), "events[" + n + "].at"), "events[" + n + "].at");
            if (at.isBefore(previousAt)) {
                throw new UserFacingException(i == 0 ? "history.event.beforeReceipt" : "history.event.order", n, e.at());
            }
            if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
                throw new UserFacingException("history.time.future", "events[" + n + "].at", e.at());
            }
            String note = Text.nfcOrNull(e.note());
            length(note, MAX_NOTE, "events[" + n + "].note");
            String by = name(e.by(), "events[" + n + "].by", defaultActor);
            if (current == null) {
                boolean opening = to == DossierStatus.SUBMITTED_ONLINE || to == DossierStatus.ACCEPTED
                        || (at.equals(receivedAt) && (to == DossierStatus.REFUSED || to == DossierStatus.SUPPLEMENT_REQUESTED));
                if (opening) {
                    out.add(new HistoryDossier.Step(at, null, to.code(), by, note));
                    current = to;
                    previousAt = at;
                    continue;
                }
                out.add(new HistoryDossier.Step(receivedAt, null, DossierStatus.ACCEPTED.code(), by, null));
                current = DossierStatus.ACCEPTED;
            }
            if (!Transitions.allowed(current, to)) {
                throw new UserFacingException("history.event.notAllowed", n, new MessageKey(current.messageKey()),
                        new MessageKey(to.messageKey()));
            }
            out.add(new HistoryDossier.Step(at, current.code(), to.code(), by, note));
            current = to;
            previousAt = at;
        }
        if (out.isEmpty()) {
            out.add(new HistoryDossier.Step(receivedAt, null, DossierStatus.ACCEPTED.code(), defaultActor, null));
        }
        return out.toArray(new HistoryDossier.Step[0]);
    }

    /** The same on-time rule as the processing service: by date in Vietnam time; null without a due date. */
    static Verdict verdict(Instant due, Instant finished) {
        if (due == null) {
            return null;
        }
        int c = WorkCalendar.toLocal(finished).toLocalDate().compareTo(WorkCalendar.toLocal(due).toLocalDate());
        return c < 0 ? Verdict.EARLY : c == 0 ? Verdict.ON_TIME : Verdict.LATE;
    }

    private ApplicantDetails applicant(HistoryLine.Applicant a) {
        if (a == null) {
            throw new UserFacingException("history.line.missing", "applicant");
        }
        LocalDate birth = null;
        if (a.birthDate() != null) {
            try {
                birth = LocalDate.parse(a.birthDate().strip());
            } catch (DateTimeParseException e) {
                throw new UserFacingException("history.date.format", "applicant.birthDate", a.birthDate());
            }
        }
        Sex sex = null;
        if (a.sex() != null && !a.sex().isBlank()) {
            sex = Sex.fromCardText(a.sex()).orElseThrow(() -> new UserFacingException("history.sex.format", a.sex()));
        }
        ApplicantDetails d = new ApplicantDetails(a.fullName(), a.idNumber(), birth, sex, a.address(), a.phone(), a.email())
                .normalized();
        List<IdProblem> problems = d.problems(today);
        if (!problems.isEmpty()) {
            throw problems.get(0).toException();
        }
        return d;
    }

    private static DossierStatus status(String text, String n) {
        try {
            return DossierStatus.of(Integer.parseInt(required(text, "events[" + n + "].status").strip()));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new UserFacingException("history.event.status", n, String.valueOf(text));
        }
    }

    private static int sets(String text) {
        if (text == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UserFacingException("dossier.badSets", text);
    }

    /** ISO-8601 local Vietnam time ("2025-03-04T09:30:00"); an explicit offset is accepted too. */
    static Instant time(String text, String field) {
        String t = text.strip();
        LocalDateTime plain = plainLocal(t);
        if (plain != null) {
            return WorkCalendar.toInstant(plain);
        }
        try {
            return WorkCalendar.toInstant(LocalDateTime.parse(t));
        } catch (DateTimeParseException local) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException offset) {
                throw new UserFacingException("history.time.format", field, text);
            }
        }
    }

    /**
     * The common shape {@code yyyy-MM-ddTHH:mm:ss} read digit by digit: a million lines carry
     * several million such times, and {@link LocalDateTime#parse} costs about a tenth of an
     * import. Anything else (fractions, offsets, bad digits, a 31 February) returns null and
     * goes through the full parser, which also words the refusal.
     */
    static LocalDateTime plainLocal(String t) {
        if (t.length() != 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static LocalDate codeDay(String code, String yyMMdd) {
        try {
            return LocalDate.of(2000 + Integer.parseInt(yyMMdd.substring(0, 2)), Integer.parseInt(yyMMdd.substring(2, 4)),
                    Integer.parseInt(yyMMdd.substring(4, 6)));
        } catch (java.time.DateTimeException e) {
            throw new UserFacingException("history.code.format", code);
        }
    }

    private static String name(String given, String field, String fallback) {
        String n = Text.nfcOrNull(given);
        length(n, MAX_NAME, field);
        return n == null ? fallback : n;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException("history.line.missing", field);
        }
        return value;
    }

    private static void length(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new UserFacingException("history.line.tooLong", field, String.valueOf(max));
        }
    }
}
