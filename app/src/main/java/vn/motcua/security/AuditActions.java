package vn.motcua.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit actions the product records and the message key of each in words ("xem hồ sơ"), so
 * the chair reads what happened, not a code. An action missing here is shown as its code.
 */
public final class AuditActions {
    private static final Map<String, String> KEYS = keys();

    private AuditActions() {
    }

    private static Map<String, String> keys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ACCOUNT_LOCKED", "audit.action.accountLocked");
        m.put("ACCOUNT_UNLOCKED", "audit.action.accountUnlocked");
        m.put("APPLICANT_LOOKUP", "audit.action.applicantLookup");
        m.put("AUDIT_EXPORT", "audit.action.auditExport");
        m.put("CALENDAR_OVERLAY_IMPORT", "audit.action.calendarImport");
        m.put("CATALOG_IMPORT", "audit.action.catalogImport");
        m.put("DOCUMENTS_VERIFY", "audit.action.documentsVerify");
        m.put("DOCUMENT_ADD", "audit.action.documentAdd");
        m.put("DOCUMENT_LETTER_ADD", "audit.action.documentLetterAdd");
        m.put("DOCUMENT_REMOVE", "audit.action.documentRemove");
        m.put("DOCUMENT_RESULT_ADD", "audit.action.documentResultAdd");
        m.put("DOCUMENT_REUSE", "audit.action.documentReuse");
        m.put("DOSSIER_ACCEPT", "audit.action.dossierAccept");
        m.put("DOSSIER_EXPORT", "audit.action.dossierExport");
        m.put("DOSSIER_EXTEND", "audit.action.dossierExtend");
        m.put("DOSSIER_HAND_OVER", "audit.action.dossierHandOver");
        m.put("DOSSIER_HISTORY_IMPORT", "audit.action.dossierHistoryImport");
        m.put("DOSSIER_RATE", "audit.action.dossierRate");
        m.put("DOSSIER_RECEIVE", "audit.action.dossierReceive");
        m.put("DOSSIER_RESULT_READY", "audit.action.dossierResultReady");
        m.put("DOSSIER_RETURN", "audit.action.dossierReturn");
        m.put("DOSSIER_SIGN", "audit.action.dossierSign");
        m.put("DOSSIER_SUPPLEMENT_RECEIVED", "audit.action.dossierSupplementReceived");
        m.put("DOSSIER_SUPPLEMENT_REQUEST", "audit.action.dossierSupplementRequest");
        m.put("DOSSIER_TRANSITION", "audit.action.dossierTransition");
        m.put("DOSSIER_VIEW", "audit.action.dossierView");
        m.put("FEE_EXEMPT", "audit.action.feeExempt");
        m.put("FEE_PAY", "audit.action.feePay");
        m.put("FEE_REFUND", "audit.action.feeRefund");
        m.put("FORM_PRINT", "audit.action.formPrint");
        m.put("LOGIN", "audit.action.login");
        m.put("LOGIN_FAILED", "audit.action.loginFailed");
        m.put("OFFICE_CONFIGURE", "audit.action.officeConfigure");
        m.put("OFFICE_HOURS_SET", "audit.action.officeHours");
        m.put("OFFICE_INIT", "audit.action.officeInit");
        m.put("REPORT_EXPORT", "audit.action.reportExport");
        m.put("SYNC_BUNDLE_ACK", "audit.action.syncBundleAck");
        m.put("SYNC_BUNDLE_EXPORT", "audit.action.syncBundleExport");
        m.put("SYNC_CONFIGURE", "audit.action.syncConfigure");
        m.put("SYNC_CONFLICT_DECIDED", "audit.action.syncConflictDecided");
        m.put("SYNC_FEE", "audit.action.syncFee");
        m.put("SYNC_FIELD", "audit.action.syncField");
        m.put("SYNC_NOTICE_SEEN", "audit.action.syncNoticeSeen");
        m.put("SYNC_ONLINE_DOSSIER", "audit.action.syncOnlineDossier");
        m.put("SYNC_RESEND", "audit.action.syncResend");
        m.put("SYNC_SET_ASIDE", "audit.action.syncSetAside");
        m.put("SYNC_STATUS", "audit.action.syncStatus");
        m.put("SYNC_STATUS_IGNORED", "audit.action.syncStatusIgnored");
        m.put("USER_ADD", "audit.action.userAdd");
        m.put("USER_DISABLE", "audit.action.userDisable");
        m.put("USER_ENABLE", "audit.action.userEnable");
        m.put("USER_PASSWORD_RESET", "audit.action.userPasswordReset");
        m.put("USER_ROLES", "audit.action.userRoles");
        m.put("DOCUMENT_REUSE_OFFERS", "audit.action.documentReuseOffers");
        return Collections.unmodifiableMap(m);
    }

    /** The message key naming {@code action}, or null for an action this table does not know. */
    public static String messageKey(String action) {
        return KEYS.get(action);
    }

    /** Every action with a name, in alphabetical order of the code. */
    public static java.util.Set<String> known() {
        return KEYS.keySet();
    }
}
