package vn.motcua.security;

/**
 * Something a service lets only some roles do. Each value names the service methods it guards
 * and carries the message key of the action as the refusal names it ("Nhận hồ sơ"…). Who holds
 * which permission is in {@link Permissions}, the one table of the office.
 */
public enum Permission {
    /** IntakeService.receive; ProcessingService.accept (an online dossier accepted at the desk). */
    RECEIVE_DOSSIER("security.permission.receiveDossier"),
    /** ScanImportService.importFiles/importPages/remove, DocumentReuse.reuse, StackFiling.file. */
    DIGITIZE("security.permission.digitize"),
    /**
     * ProcessingService hand-over, supplement rounds, extension, result ready, refusal, withdrawal
     * and stop, the generic transition; ScanImportService.importResult (attaching the result).
     */
    PROCESS_DOSSIER("security.permission.processDossier"),
    /** ProcessingService.returnResult and rate (the citizen's rating, given at the counter). */
    RETURN_RESULT("security.permission.returnResult"),
    /** DossierSigning.sign, ScanImportService.importSigned: signing for the commune. */
    SIGN("security.permission.sign"),
    /** FeeDesk.pay, exempt, refund, importStatement. */
    COLLECT_FEES("security.permission.collectFees"),
    /** PeriodicReport.write with an actor (the official report leaves the office). */
    EXPORT_REPORTS("security.permission.exportReports"),
    /** UserService.add, disable, enable, resetPassword, unlock. */
    MANAGE_USERS("security.permission.manageUsers"),
    /** CatalogService.importFile (not a dry run). */
    MANAGE_CATALOG("security.permission.manageCatalog"),
    /** CalendarService.importOverlay (not a dry run). */
    MANAGE_CALENDAR("security.permission.manageCalendar"),
    /** OfficeService.setHours, configure, setPausePolicy. */
    CONFIGURE_OFFICE("security.permission.configureOffice"),
    /** SyncSettings.configure: the portal address and the office's credentials. */
    CONFIGURE_SYNC("security.permission.configureSync"),
    /** SyncProblems.resend, setAside, decide: what the portal refused or changed on both sides. */
    RESOLVE_SYNC_PROBLEMS("security.permission.resolveSyncProblems"),
    /** BundleExport.export, BundleAcks.importAck: every dossier of the office on a removable disk. */
    TRANSFER_SYNC_BUNDLE("security.permission.transferSyncBundle"),
    /** HistoryImport.importFile: dossiers from the old system. */
    IMPORT_HISTORY("security.permission.importHistory"),
    /** IntegrityCheck.runNow: re-hashing the document store by hand. */
    VERIFY_DOCUMENTS("security.permission.verifyDocuments"),
    /** AuditQuery.page and export: who saw, printed, exported or changed what (personal data law). */
    VIEW_AUDIT("audit.permission.view");

    private final String messageKey;

    Permission(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the action's name, as a refusal names it. */
    public String messageKey() {
        return messageKey;
    }
}
