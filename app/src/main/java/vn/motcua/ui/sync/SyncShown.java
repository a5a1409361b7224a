package vn.motcua.ui.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.sync.SyncProblem;
import vn.motcua.sync.SyncStatus;
import vn.motcua.ui.I18n;

/** How the sync panel and the status bar put the sync into words (Vietnam time; ages in days, hours, minutes). */
final class SyncShown {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(WorkCalendar.ZONE);

    private SyncShown() {
    }

    static String when(I18n i18n, Instant at) {
        return at == null ? i18n.t("syncPanel.never") : WHEN.format(at);
    }

    /** "2 ngày 3 giờ", "45 phút", "dưới 1 phút". */
    static String age(I18n i18n, Duration d) {
        long minutes = d == null ? 0 : Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return i18n.t("syncPanel.age.underMinute");
        }
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return i18n.t("syncPanel.age.daysHours", String.valueOf(days), String.valueOf(hours));
        }
        if (hours > 0) {
            return i18n.t("syncPanel.age.hoursMinutes", String.valueOf(hours), String.valueOf(mins));
        }
        return i18n.t("syncPanel.age.minutes", String.valueOf(mins));
    }

    /** The line in one sentence: up since, down since (why), never reached, or not configured. */
    static String line(I18n i18n, SyncStatus s, boolean configured) {
        if (!configured) {
            return i18n.t("syncPanel.line.notConfigured");
        }
        return switch (s.line()) {
            case UP -> i18n.t("sync.status.line.UP", when(i18n, s.lineSince()));
            case DOWN -> i18n.t("sync.status.line.DOWN", when(i18n, s.lineSince()), reason(s.lineReason()));
            case UNKNOWN -> i18n.t("sync.status.line.UNKNOWN");
        };
    }

    /** The status bar's short form: line, queue, what waits for a person. */
    static String statusBar(I18n i18n, SyncStatus s, boolean configured, long attention, long notices) {
        if (!configured) {
            return i18n.t("status.line.notConfigured");
        }
        String line = switch (s.line()) {
            case UP -> i18n.t("status.line.up");
            case DOWN -> i18n.t("status.line.down", WHEN.format(s.lineSince() == null ? Instant.EPOCH : s.lineSince()));
            case UNKNOWN -> i18n.t("status.line.unknown");
        };
        String text = i18n.t("status.line.queue", line, String.valueOf(s.queueLength()));
        if (attention > 0) {
            text = i18n.t("status.line.attention", text, String.valueOf(attention));
        }
        return notices > 0 ? i18n.t("status.line.notices", text, String.valueOf(notices)) : text;
    }

    /** The portal's own reason, shortened for one line. */
    private static String reason(String r) {
        if (r == null || r.isBlank()) {
            return "—";
        }
        String shown = r.strip().replaceAll("[.。]+$", ""); // the sentences around it end with their own full stop
        return shown.length() > 120 ? shown.substring(0, 119) + "…" : shown;
    }

    /** What the action was, in the clerk's words. */
    static String action(I18n i18n, String action) {
        if (action == null) {
            return i18n.t("syncPanel.action.portalChange");
        }
        return switch (action) {
            case "RECEIVE" -> i18n.t("syncPanel.action.receive");
            case "UPDATE" -> i18n.t("syncPanel.action.update");
            case "HAND_OVER" -> i18n.t("syncPanel.action.handOver");
            case "SUPPLEMENT_REQUEST" -> i18n.t("syncPanel.action.supplementRequest");
            case "SUPPLEMENT_RECEIVED" -> i18n.t("syncPanel.action.supplementReceived");
            case "EXTEND" -> i18n.t("syncPanel.action.extend");
            case "RESULT_READY" -> i18n.t("syncPanel.action.resultReady");
            case "RETURN" -> i18n.t("syncPanel.action.return");
            case "ACCEPT" -> i18n.t("syncPanel.action.accept");
            case "RATE" -> i18n.t("syncPanel.action.rate");
            case "FEE_PAY", "FEE_EXEMPT", "FEE_REFUND" -> i18n.t("syncPanel.action.fee");
            case "DOCUMENT_UPLOAD", "RESULT_UPLOAD" -> i18n.t("syncPanel.action.upload");
            case "DOCUMENT_REMOVE" -> i18n.t("syncPanel.action.remove");
            default -> i18n.t("syncPanel.action.status", action);
        };
    }

    /** Why it waits for a person, in a sentence that says what to do. */
    static String why(I18n i18n, SyncProblem p) {
        String detail = reason(p.reason());
        String code = p.errorCode() == null ? "" : p.errorCode();
        return switch (code) {
            case "transition_refused" -> i18n.t("syncPanel.why.portalDecided", detail);
            case "conflict" -> i18n.t("syncPanel.why.conflict");
            case "not_found" -> i18n.t("syncPanel.why.notFound");
            case "invalid", "exists_different", "idempotency_key_reused" -> i18n.t("syncPanel.why.invalid", detail);
            default -> i18n.t("syncPanel.why.refused", p.httpStatus() == null ? "—" : String.valueOf(p.httpStatus()), detail);
        };
    }

    /** A notice in the clerk's words. */
    static String notice(I18n i18n, vn.motcua.sync.SyncNotice n) {
        return i18n.t(n.messageKey(), n.messageArgs());
    }

    /** A field's name on the portal (ChuHoSo…) in words. */
    static String field(I18n i18n, String field) {
        if (field == null) {
            return "—";
        }
        return switch (field) {
            case "ChuHoSo" -> i18n.t("syncPanel.field.owner");
            case "SoDienThoai" -> i18n.t("syncPanel.field.phone");
            case "Email" -> i18n.t("syncPanel.field.email");
            case "NgayHenTra" -> i18n.t("syncPanel.field.due");
            case "TrangThaiHoSo" -> i18n.t("syncPanel.field.status");
            default -> field;
        };
    }
}
