package vn.motcua;

import java.time.Clock;
import java.util.List;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.citizen.Applicant;
import vn.motcua.citizen.ApplicantDirectory;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.CatalogVersionRow;
import vn.motcua.doctor.DoctorService;
import vn.motcua.documents.CheckRun;
import vn.motcua.documents.DocumentReuse;
import vn.motcua.documents.DossierDocument;
import vn.motcua.documents.IntegrityCheck;
import vn.motcua.documents.ScanImportService;
import vn.motcua.documents.ocr.DocumentText;
import vn.motcua.documents.ocr.OcrJob;
import vn.motcua.documents.ocr.TesseractEngine;
import vn.motcua.documents.ocr.TextLayerQueue;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFee;
import vn.motcua.dossier.DossierForms;
import vn.motcua.dossier.DossierRecords;
import vn.motcua.dossier.FeeDesk;
import vn.motcua.dossier.IntakeService;
import vn.motcua.dossier.LedgerRecord;
import vn.motcua.dossier.StatusEvent;
import vn.motcua.office.Office;
import vn.motcua.office.OfficeService;
import vn.motcua.security.AuditEntry;
import vn.motcua.security.AuditTrail;
import vn.motcua.security.PasswordHasher;
import vn.motcua.security.StaffUser;
import vn.motcua.security.UserService;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.Database;
import vn.motcua.storage.SettingsStore;
import vn.motcua.sync.Outbox;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.workcalendar.CalendarService;
import vn.motcua.workcalendar.ImportedOverlay;
import vn.motcua.workcalendar.OverlayStore;
import vn.motcua.workcalendar.ShippedOverlays;

/**
 * The composition root: builds every service once, by hand. The desktop and the command line
 * both start here; nothing else creates services.
 */
public final class AppContext implements AutoCloseable {
    /** Every Hibernate entity of the product, listed once. */
    public static final List<Class<?>> ENTITIES = List.of(Office.class, StaffUser.class, AuditEntry.class, OutboxEntry.class,
            ImportedOverlay.class, Applicant.class, CatalogVersionRow.class, Dossier.class, DossierFee.class, StatusEvent.class,
            LedgerRecord.class, DossierDocument.class, CheckRun.class, DocumentText.class,
            vn.motcua.dossier.HandOverStep.class, vn.motcua.dossier.SupplementRound.class, vn.motcua.dossier.DossierExtension.class,
            vn.motcua.dossier.DossierRating.class, vn.motcua.dossier.DossierSignature.class,
            vn.motcua.dossier.CodeLease.class,
            vn.motcua.sync.SyncDossier.class, vn.motcua.sync.AppliedChange.class, vn.motcua.sync.SyncConflict.class,
            vn.motcua.sync.SyncFeed.class, vn.motcua.sync.SyncLeaseRow.class, vn.motcua.sync.SyncConfigRow.class,
            vn.motcua.sync.SyncNotice.class, vn.motcua.sync.SyncCatalogRow.class,
            vn.motcua.sync.bundle.SyncBundle.class, vn.motcua.sync.bundle.SyncBundleAck.class);

    private final DataDirectory dataDirectory;
    /** The office's data key, or null while encryption at rest is off. */
    private final vn.motcua.encryption.OfficeKey officeKey;
    private final vn.motcua.dossier.ReceiptJournal receipts;
    private final List<vn.motcua.dossier.ReceiptJournal.Entry> lostReceipts;
    private final vn.motcua.dossier.ProcessingService processing;
    private final vn.motcua.dossier.DossierQuery dossierQuery;
    private final vn.motcua.signing.DossierSigning signing;
    private final vn.motcua.dossier.DossierChanges dossierChanges;
    private final SettingsStore settings;
    private final Database database;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final UserService users;
    private final OfficeService office;
    private final CalendarService calendar;
    private final ApplicantDirectory applicants;
    private final CatalogService catalog;
    private final DossierRecords dossiers;
    private final IntakeService intake;
    private final DossierForms dossierForms;
    private final FeeDesk fees;
    private final ScanImportService documents;
    private final TextLayerQueue textLayers;
    private final DocumentReuse reuse;
    private final IntegrityCheck integrity;
    private final vn.motcua.dossier.history.HistoryImport historyImport;
    /** The portal adapter for the configured portal: wired to the HTTP client at merge. */
    /** Our own contract over HTTP (the sandbox portal speaks it); a province with another API gets another factory here. */
    private final vn.motcua.sync.PortalAdapterFactory portalAdapters;
    private final vn.motcua.sync.SyncEngine sync;
    private final vn.motcua.sync.SyncProblems syncProblems;
    private final vn.motcua.sync.SyncNotices syncNotices;

    private final vn.motcua.dossier.CodeLeases codeLeases;
    private final vn.motcua.reports.OnTimeReport onTimeReport;
    private final vn.motcua.reports.PeriodicReport periodicReport;
    private final vn.motcua.reports.dashboard.Dashboard dashboard;
    private final vn.motcua.security.AuditQuery auditQuery;
    private final vn.motcua.backup.BackupService backups;

    private AppContext(DataDirectory dataDirectory, Database database, PasswordHasher hasher, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.officeKey = officeKeyFor(dataDirectory, database);
        this.settings = new SettingsStore(dataDirectory.settingsFile());
        this.database = database;
        this.audit = new AuditTrail(clock);
        this.outbox = new Outbox(clock);
        this.codeLeases = new vn.motcua.dossier.CodeLeases(database.sessionFactory(), clock);
        this.portalAdapters = config -> new vn.motcua.sync.http.HttpPortalAdapter(config.portalUrl(), config.clientId(),
                config.clientSecret(), clock);
        this.users = new UserService(database.sessionFactory(), hasher, audit, clock);
        this.office = new OfficeService(database.sessionFactory(), users, audit, clock);
        this.calendar = new CalendarService(ShippedOverlays.fromClassPath(),
                new OverlayStore(database.sessionFactory(), audit, clock), office::hours);
        this.applicants = new ApplicantDirectory(database.sessionFactory(), audit, clock);
        this.catalog = new CatalogService(database.sessionFactory(), audit, clock);
        this.dossiers = new DossierRecords(database.sessionFactory());
        this.receipts = new vn.motcua.dossier.ReceiptJournal(dataDirectory.receiptJournal());
        this.intake = new IntakeService(database, catalog, applicants, calendar, office, audit, outbox, receipts, clock);
        // receipts printed here that the database came back without: their numbers are kept out of use
        this.lostReceipts = receipts.reconcile(database.sessionFactory());
        this.processing = new vn.motcua.dossier.ProcessingService(database, calendar, catalog, office, audit, outbox, clock);
        this.dossierQuery = new vn.motcua.dossier.DossierQuery(database.sessionFactory(), calendar, audit, clock);
        this.dossierForms = new DossierForms(database.sessionFactory(), dossiers, dossierQuery, office, catalog, users, audit);
        this.dossierChanges = new vn.motcua.dossier.DossierChanges(database.sessionFactory());
        this.fees = new FeeDesk(database.sessionFactory(), office, audit, outbox, clock);
        this.documents = new ScanImportService(database, dossiers, dataDirectory.documents(),
                officeKey == null ? null : officeKey.subkey("documents"), audit, outbox, clock);
        this.signing = new vn.motcua.signing.DossierSigning(database.sessionFactory(), dossiers, documents, dossierForms, audit, clock);
        this.textLayers = new TextLayerQueue(database.sessionFactory(), documents.store(),
                dataDirectory.documents().resolve("ocr-work"), new OcrJob(new TesseractEngine()), "tesseract -l vie", clock,
                () -> new TesseractEngine().detect());
        this.reuse = new DocumentReuse(database.sessionFactory(), dossiers, catalog, documents.store(), audit, outbox, clock);
        this.integrity = new IntegrityCheck(database.sessionFactory(), documents, audit, clock);
        this.historyImport = new vn.motcua.dossier.history.HistoryImport(database, catalog, calendar, office, audit, clock);
        vn.motcua.dossier.PortalDossiers portalDossiers = new vn.motcua.dossier.PortalDossiers(audit, clock);
        this.syncProblems = new vn.motcua.sync.SyncProblems(database.sessionFactory(), portalDossiers, audit, clock);
        this.sync = new vn.motcua.sync.SyncEngine(database.sessionFactory(), documents.store(), portalDossiers,
                () -> office.current().map(o -> o.agencyCode()).orElseThrow(() -> new vn.motcua.common.UserFacingException("office.notInitialized")),
                new vn.motcua.sync.SyncSettings(database.sessionFactory(), audit, clock), portalAdapters, clock);
        vn.motcua.sync.CodeLeaseRefresh leaseRefresh = new vn.motcua.sync.CodeLeaseRefresh(codeLeases, office, calendar, clock);
        sync.addChore(leaseRefresh::refresh);
        this.syncNotices = new vn.motcua.sync.SyncNotices(database.sessionFactory(), audit, clock);
        sync.addChore(new vn.motcua.sync.CatalogPull(database.sessionFactory(), catalog, clock, java.time.Duration.ofHours(1))::pull);
        this.onTimeReport = new vn.motcua.reports.OnTimeReport(clock);
        this.periodicReport = new vn.motcua.reports.PeriodicReport(database.sessionFactory(), office, onTimeReport, audit, clock);
        this.auditQuery = new vn.motcua.security.AuditQuery(database.sessionFactory(), audit);
        this.dashboard = new vn.motcua.reports.dashboard.Dashboard(onTimeReport, this::index766, calendar::inForce);
        this.backups = new vn.motcua.backup.BackupService(dataDirectory, database, audit, clock);
    }

    /**
     * The key that seals documents and drafts: the H2 office's own key; on PostgreSQL (whose
     * database is the server's to protect) this desk's key, since its documents stay on its disk.
     * Empty for an older plain H2 office until {@code encryption enable}.
     */
    private static vn.motcua.encryption.OfficeKey officeKeyFor(DataDirectory dir, Database database) {
        if ("h2".equals(database.vendor())) {
            return database.officeKey().orElse(null);
        }
        vn.motcua.encryption.OfficeKeys keys = vn.motcua.encryption.OfficeKeys.of(dir.root());
        return keys.encrypted() ? keys.unlock().orElseThrow() : keys.create();
    }

    /** The office key (see {@link #officeKeyFor}); empty for an older office not yet encrypted. */
    public java.util.Optional<vn.motcua.encryption.OfficeKey> officeKey() {
        return java.util.Optional.ofNullable(officeKey);
    }

    /** Encrypted backups of the database and the document store ({@code backup create}). */
    public vn.motcua.backup.BackupService backups() {
        return backups;
    }

    /** On-time figures and the dossiers behind them (the caller's session). */
    public vn.motcua.reports.OnTimeReport onTimeReport() {
        return onTimeReport;
    }

    /**
     * The Decision 766 index with the office's configuration ({@code index-766.json}, read on each
     * call so an edited file counts at once; a malformed one is refused with the field named).
     */
    public vn.motcua.reports.index766.Index766 index766() {
        return vn.motcua.reports.index766.Index766.forDataDirectory(dataDirectory.root(), onTimeReport);
    }

    /** The chair's dashboard: tiles, trend, dossiers at risk (the caller's session). */
    public vn.motcua.reports.dashboard.Dashboard dashboard() {
        return dashboard;
    }

    /** The official periodic report and its PDF / XLSX / CSV exports. */
    public vn.motcua.reports.PeriodicReport periodicReport() {
        return periodicReport;
    }

    /** Opens the database of a prepared data directory and wires the services (blocking: call off the FX thread). */
    public static AppContext open(DataDirectory dataDirectory) {
        return open(dataDirectory, new PasswordHasher(), Clock.systemUTC());
    }

    /**
     * As {@link #open(DataDirectory)}, telling {@code upgrades} when an older database is backed up
     * and migrated (minutes on a large office), so the screen can say why it waits.
     */
    public static AppContext open(DataDirectory dataDirectory, vn.motcua.storage.UpgradeListener upgrades) {
        return new AppContext(dataDirectory, Database.openConfigured(dataDirectory, ENTITIES, upgrades), new PasswordHasher(),
                Clock.systemUTC());
    }

    public static AppContext open(DataDirectory dataDirectory, PasswordHasher hasher, Clock clock) {
        return new AppContext(dataDirectory, Database.openConfigured(dataDirectory, ENTITIES), hasher, clock);
    }

    /** The doctor needs no open database: it reports why one cannot be opened. */
    public static DoctorService doctor(DataDirectory dataDirectory) {
        return new DoctorService(dataDirectory, () -> Database.openConfigured(dataDirectory, ENTITIES));
    }

    /**
     * The calendar for a data directory without a database: the shipped overlays only. Used so
     * that converting a date or computing a deadline never creates an office database.
     */
    public static CalendarService shippedCalendar() {
        return new CalendarService(ShippedOverlays.fromClassPath(), null, OfficeHours::standard);
    }

    /**
     * Receipts this desk printed that its database did not hold when it opened (found by the
     * receipt journal; their code numbers are kept out of use). Empty on a healthy desk.
     */
    public List<vn.motcua.dossier.ReceiptJournal.Entry> lostReceipts() {
        return lostReceipts;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public SettingsStore settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** The audit trail read back for the chair and the administrator, with its CSV export. */
    public vn.motcua.security.AuditQuery auditQuery() {
        return auditQuery;
    }

    public Outbox outbox() {
        return outbox;
    }

    public UserService users() {
        return users;
    }

    public OfficeService office() {
        return office;
    }

    /** The work calendar in force: rules, office hours, shipped and imported overlays. */
    public CalendarService calendar() {
        return calendar;
    }

    /** Applicants known to the office, found again by ID number or name. */
    public ApplicantDirectory applicants() {
        return applicants;
    }

    /** The procedure catalogue: the shipped starter and the imported versions. */
    public CatalogService catalog() {
        return catalog;
    }

    /** Receives dossiers at the desk (the intake screen and {@code dossier receive}). */
    /** Hand-overs, supplements, extensions, results, refusal/withdrawal/stop, ratings. */
    public vn.motcua.dossier.ProcessingService processing() {
        return processing;
    }

    /** The dossier list's queries (tabs, folded search, paging) and one dossier's whole story. */
    public vn.motcua.dossier.DossierQuery dossierQuery() {
        return dossierQuery;
    }

    /** Blocks of dossier numbers leased from the portal (leased numbering). */
    public vn.motcua.dossier.CodeLeases codeLeases() {
        return codeLeases;
    }

    /** The chair's digital signature on a dossier's result and letters 04/05. */
    public vn.motcua.signing.DossierSigning signing() {
        return signing;
    }

    /** "Has anything moved since?": the token the dossier list polls to refresh itself. */
    public vn.motcua.dossier.DossierChanges dossierChanges() {
        return dossierChanges;
    }

    public IntakeService intake() {
        return intake;
    }

    /** Stored dossiers, found by code. */
    public DossierRecords dossiers() {
        return dossiers;
    }

    /** Forms 01–03 of stored dossiers, re-rendered from the database. */
    public DossierForms dossierForms() {
        return dossierForms;
    }

    /** Fees at the counter: VietQR, payments, exemptions, refunds, bank statements. */
    public FeeDesk fees() {
        return fees;
    }

    /** Scanned papers: import into the content-addressed store, link to dossier components, verify. */
    public ScanImportService documents() {
        return documents;
    }

    /** The text layer of scans (OCR in the background) and the search over it. */
    public TextLayerQueue textLayers() {
        return textLayers;
    }

    /** Earlier scans of a returning applicant offered and linked to a new dossier. */
    public DocumentReuse reuse() {
        return reuse;
    }

    /** The recorded (weekly) re-hash of the document store. */
    public IntegrityCheck integrity() {
        return integrity;
    }

    /** Earlier dossiers with their status history loaded from a JSON Lines file ({@code dossier import}). */
    public vn.motcua.dossier.history.HistoryImport historyImport() {
        return historyImport;
    }

    /** What in the sync waits for a person, and the decisions made about it. */
    public vn.motcua.sync.SyncProblems syncProblems() {
        return syncProblems;
    }

    /** The sync with the provincial portal: settings, runners, status. */
    public vn.motcua.sync.SyncEngine sync() {
        return sync;
    }

    /** What the portal changed that the clerk must hear of (catalogue, fees, due dates), for the sync panel. */
    public vn.motcua.sync.SyncNotices syncNotices() {
        return syncNotices;
    }

    @Override
    public void close() {
        database.close();
    }
}
