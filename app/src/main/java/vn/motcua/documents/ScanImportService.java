package vn.motcua.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierComponent;
import vn.motcua.dossier.DossierRecords;
import vn.motcua.dossier.IndexFacts;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;
import vn.motcua.storage.Database;
import vn.motcua.sync.Outbox;

/**
 * Digitizes the papers of one dossier component: quarantine copy → checks → one PDF → SHA-256
 * → content-addressed store → one transaction linking it (flags, audit, outbox upload). Anything
 * refused before the transaction links nothing; a stored file without a link is harmless (the
 * same content is reused by the next import) and never a half-written PDF.
 */
public final class ScanImportService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final SessionFactory db;
    private final DossierRecords dossiers;
    private final DocumentStore store;
    private final Path quarantineRoot;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;
    private final ImportLimits limits;

    /** {@code documentKeyOrNull}: the office's documents key (new scans are sealed), or null while encryption is off. */
    public ScanImportService(Database database, DossierRecords dossiers, Path documentsDir, SecretKey documentKeyOrNull,
            AuditTrail audit, Outbox outbox, Clock clock) {
        this(database, dossiers, documentsDir, documentKeyOrNull, audit, outbox, clock, ImportLimits.DEFAULTS);
    }

    public ScanImportService(Database database, DossierRecords dossiers, Path documentsDir, SecretKey documentKeyOrNull,
            AuditTrail audit, Outbox outbox, Clock clock, ImportLimits limits) {
        this.database = database;
        this.db = database.sessionFactory();
        this.dossiers = dossiers;
        this.store = new DocumentStore(documentsDir, documentKeyOrNull);
        this.quarantineRoot = documentsDir.resolve("quarantine");
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.limits = limits;
        Quarantine.cleanLeftovers(quarantineRoot);
    }

    public DocumentStore store() {
        return store;
    }

    /** Imports {@code files} (pages in the given order) as the PDF of one component of a dossier. */
    public ImportedDocument importFiles(Actor actor, String dossierCode, String componentCode, List<Path> files) {
        actor.require(Permission.DIGITIZE);
        return seal(actor, dossierCode, componentCode, files, true, (checked, out) -> new PdfAssembler().assemble(checked, out));
    }

    /**
     * Seals the pages the clerk arranged on the digitization screen (order as given, deleted
     * pages absent, each turned by its rotation) as the PDF of one component of a dossier. The
     * files go through the same quarantine and checks as {@link #importFiles}; {@code progress}
     * hears of each page placed, on this (worker) thread.
     */
    public ImportedDocument importPages(Actor actor, String dossierCode, String componentCode, List<StagedPage> pages,
            ImportProgress progress) {
        actor.require(Permission.DIGITIZE);
        if (pages == null || pages.isEmpty()) {
            throw new UserFacingException("documents.noFiles");
        }
        if (pages.size() > limits.maxPages()) {
            throw new UserFacingException("digitize.tooManyPages", String.valueOf(pages.size()), String.valueOf(limits.maxPages()));
        }
        List<Path> files = pages.stream().map(StagedPage::file).distinct().toList();
        return seal(actor, dossierCode, componentCode, files, false, (checked, out) -> {
            List<PdfAssembler.PageChoice> choices = new ArrayList<>();
            for (StagedPage p : pages) {
                int file = files.indexOf(p.file());
                CheckedFile f = checked.get(file);
                if (p.pageIndex() >= f.pages()) {
                    throw new UserFacingException("digitize.pageMissing", f.name(), String.valueOf(p.pageIndex() + 1),
                            String.valueOf(f.pages()));
                }
                choices.add(new PdfAssembler.PageChoice(file, p.pageIndex(), p.rotation()));
            }
            return new PdfAssembler().assemble(checked, choices, out, progress == null ? ImportProgress.NONE : progress);
        });
    }

    /** Builds the PDF from the checked quarantine copies; returns its page count. */
    @FunctionalInterface
    private interface Assembly {
        int assemble(List<CheckedFile> checked, java.io.OutputStream out) throws IOException;
    }

    /** An import needs at least one file (the permission was checked by the public method). */
    private static void mayImport(Actor actor, List<Path> files) {
        if (files == null || files.isEmpty()) {
            throw new UserFacingException("documents.noFiles");
        }
    }

    /** Checks who and where (permission, dossier, component), then runs the pipeline for an input. */
    private ImportedDocument seal(Actor actor, String dossierCode, String componentCode, List<Path> files, boolean countAllPages,
            Assembly assembly) {
        mayImport(actor, files);
        Dossier dossier = dossiers.require(dossierCode);
        String component = Text.nfcOrNull(componentCode);
        if (dossier.components().stream().noneMatch(c -> c.code().equals(component))) {
            throw new UserFacingException("documents.componentUnknown", dossier.code(), String.valueOf(componentCode),
                    dossier.components().stream().map(DossierComponent::code).collect(Collectors.joining(", ")));
        }
        return importAs(actor, dossier, component, DocumentKind.INPUT, files, countAllPages, assembly);
    }

    /**
     * The pipeline shared by inputs and results: quarantine, checks, one PDF, store, link.
     * {@code countAllPages}: every page of every file goes in, so their sum is held to the page limit.
     */
    private ImportedDocument importAs(Actor actor, Dossier dossier, String component, DocumentKind kind, List<Path> files,
            boolean countAllPages, Assembly assembly) {
        StoredFile stored;
        int pages;
        try (Quarantine quarantine = Quarantine.open(quarantineRoot)) {
            InputCheck check = new InputCheck(limits);
            List<CheckedFile> checked = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < files.size(); i++) {
                Path original = files.get(i);
                String name = FileKind.name(original);
                Path copy;
                try {
                    copy = quarantine.take(i, original);
                } catch (IOException e) {
                    throw new UserFacingException(e, "documents.unreadable", name, String.valueOf(e.getMessage()));
                }
                CheckedFile f = check.check(copy, name);
                total += f.pages();
                if (countAllPages && total > limits.maxPages()) {
                    throw new UserFacingException("documents.tooManyPages", name, String.valueOf(total), String.valueOf(limits.maxPages()));
                }
                checked.add(f);
            }
            int[] count = new int[1];
            stored = store.store(quarantine.dir(), out -> count[0] = assembly.assemble(checked, out));
            pages = count[0];
            ImportedDocument result = link(actor, dossier, component, kind, FileKind.name(files.get(0)), stored, pages);
            database.forceToDisk();
            return result;
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.storeFailed", quarantineRoot, String.valueOf(e.getMessage()));
        }
    }

    private ImportedDocument link(Actor actor, Dossier dossier, String component, DocumentKind kind, String firstName,
            StoredFile stored, int pages) {
        ImportedDocument result = new ImportedDocument(stored.sha256(), pages, stored.bytes(), stored.path());
        db.inTransaction(s -> {
            if (!active(s, dossier, component, stored.sha256()).isEmpty()) {
                return; // the same scan linked again: one link is enough
            }
            Instant now = clock.instant();
            String fileName = dossier.code() + "_" + component + ".pdf";
            DossierDocument doc = new DossierDocument(dossier.id(), component, fileName, stored, pages, kind, now, actor.username());
            s.persist(doc);
            IndexFacts.refresh(s, dossier.id());
            boolean isResult = kind == DocumentKind.RESULT;
            audit.record(s, actor, isResult ? "DOCUMENT_RESULT_ADD" : kind == DocumentKind.LETTER ? "DOCUMENT_LETTER_ADD" : "DOCUMENT_ADD", "dossier", dossier.id(),
                    "component=" + component + " sha256=" + stored.sha256() + " pages=" + pages + " from=" + firstName);
            outbox.enqueue(s, "dossier", dossier.id(), isResult ? "RESULT_UPLOAD" : "DOCUMENT_UPLOAD", payload(dossier, doc));
        });
        return result;
    }

    private static List<DossierDocument> active(Session s, Dossier dossier, String component, String sha) {
        return s.createSelectionQuery("from DossierDocument d where d.dossierId = :d and d.componentCode = :c and d.sha256 = :h"
                + " and d.removedAt is null", DossierDocument.class)
                .setParameter("d", dossier.id()).setParameter("c", component).setParameter("h", sha).getResultList();
    }

    /** The upload entry, with the field names of the national dossier-sync API (reference §4, §10). */
    static String payload(Dossier dossier, DossierDocument doc) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", doc.id().toString());
        p.put("MaHoSo", dossier.code());
        p.put("MaThanhPhanHoSo", doc.componentCode());
        p.put("TenTepDinhKem", doc.fileName());
        p.put("DuocSoHoa", doc.digitized());
        p.put("DuocTaiSuDung", doc.reused());
        p.put("DuocLayTuKhoDMQG", doc.fromNationalStore());
        p.put("LaKetQuaDienTu", doc.kind() == DocumentKind.RESULT);
        p.put("sha256", doc.sha256());
        p.put("pages", doc.pages());
        p.put("bytes", doc.bytes());
        return json(p);
    }

    static String json(Map<String, Object> p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps always serialize", e);
        }
    }

    /**
     * Unlinks a document from its dossier by tombstone (who, when, why), in one transaction
     * with its audit and outbox entries. The stored PDF is kept: other links, the audit trail
     * and {@link #verify} still refer to it.
     */
    public DossierDocument remove(Actor actor, UUID documentId, String reason) {
        actor.require(Permission.DIGITIZE);
        String why = Text.nfcOrNull(reason);
        if (why == null) {
            throw new UserFacingException("documents.removalReasonRequired");
        }
        return db.fromTransaction(s -> {
            DossierDocument doc = s.find(DossierDocument.class, documentId);
            if (doc == null) {
                throw new UserFacingException("documents.notFound", String.valueOf(documentId));
            }
            doc.remove(clock.instant(), actor.username(), why);
            IndexFacts.refresh(s, doc.dossierId());
            audit.record(s, actor, "DOCUMENT_REMOVE", "dossier", doc.dossierId(), "document=" + doc.id() + " sha256=" + doc.sha256());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", doc.id().toString());
            p.put("MaThanhPhanHoSo", doc.componentCode());
            p.put("LyDo", why);
            outbox.enqueue(s, "dossier", doc.dossierId(), "DOCUMENT_REMOVE", json(p));
            return doc;
        });
    }

    /** The documents linked to a dossier, tombstoned ones included, oldest first. */
    public List<DossierDocument> linked(String dossierCode) {
        Dossier dossier = dossiers.require(dossierCode);
        return db.fromTransaction(s -> s.createSelectionQuery("from DossierDocument d where d.dossierId = :d order by d.createdAt",
                DossierDocument.class).setParameter("d", dossier.id()).getResultList());
    }

    /**
     * Re-hashes every file any dossier references (tombstoned links included: their files are
     * kept) and the searchable copies OCR made of them.
     */
    public VerifyReport verify() {
        List<String> referenced = db.fromTransaction(s -> {
            List<String> all = new ArrayList<>(s.createSelectionQuery("select distinct d.sha256 from DossierDocument d", String.class)
                    .getResultList());
            all.addAll(s.createSelectionQuery("select t.textSha256 from DocumentText t where t.textSha256 is not null", String.class)
                    .getResultList());
            return all;
        });
        return store.verify(referenced);
    }

    /**
     * Imports the signed result paper (giấy tờ kết quả), scanned or attached, as the dossier's
     * electronic result: the same pipeline as {@link #importFiles}, filed under the pseudo
     * component {@link DocumentKind#RESULT_COMPONENT}, audited {@code DOCUMENT_RESULT_ADD} and
     * queued as {@code RESULT_UPLOAD}. A refused dossier has no result.
     */
    public ImportedDocument importResult(Actor actor, String dossierCode, List<Path> files) {
        actor.require(Permission.PROCESS_DOSSIER);
        mayImport(actor, files);
        Dossier dossier = dossiers.require(dossierCode);
        if (dossier.status() == vn.motcua.dossier.DossierStatus.REFUSED) {
            throw new UserFacingException("documents.result.refusedDossier", dossier.code());
        }
        return importAs(actor, dossier, DocumentKind.RESULT_COMPONENT, DocumentKind.RESULT, files, true,
                (checked, out) -> new PdfAssembler().assemble(checked, out));
    }

    /**
     * Stores a digitally signed PDF byte for byte (re-assembling it would break the signature) and
     * links it to the dossier: a signed result under {@link DocumentKind#RESULT_COMPONENT}, or a
     * signed letter (form 04/05) under its own component. Only the chair signs for the commune
     * ({@link Permission#SIGN}).
     */
    public ImportedDocument importSigned(Actor actor, String dossierCode, DocumentKind kind, String component, Path signedPdf) {
        actor.require(Permission.SIGN);
        Dossier dossier = dossiers.require(dossierCode);
        return importAs(actor, dossier, component, kind, List.of(signedPdf), true, (checked, out) -> {
            java.nio.file.Files.copy(checked.get(0).path(), out);
            return checked.get(0).pages();
        });
    }

    /** True when the dossier has an active (not removed) electronic result. */
    public boolean hasElectronicResult(UUID dossierId) {
        return countWithElectronicResult(List.of(dossierId)) > 0;
    }

    /**
     * How many of {@code dossierIds} have an active electronic result, counted in the database
     * (for the Decision 766 digitization figures); ids are sent in chunks to stay under the
     * database's parameter limits.
     */
    public long countWithElectronicResult(java.util.Collection<UUID> dossierIds) {
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(dossierIds));
        long total = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            total += db.fromTransaction(s -> s.createSelectionQuery("select count(distinct d.dossierId) from DossierDocument d"
                    + " where d.kind = :k and d.removedAt is null and d.dossierId in :ids", Long.class)
                    .setParameter("k", DocumentKind.RESULT).setParameterList("ids", chunk).getSingleResult());
        }
        return total;
    }
}
