package vn.motcua.documents.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hibernate.SessionFactory;
import vn.motcua.common.Text;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.PlainCopy;
import vn.motcua.documents.StoredFile;

/**
 * The background work that makes digitized dossiers searchable: every stored scan a dossier links
 * and that has no text yet is run through {@link OcrJob}; the searchable copy goes into the
 * content-addressed store and its folded text into {@code document_text}. The sealed scan is
 * never rewritten. A pass can be stopped between pages; a document stopped or killed halfway
 * resumes from OcrJob's progress file (kept in the work directory) on the next pass.
 */
public final class TextLayerQueue {
    /** Progress of a pass: which document, and pages of it. Called from the worker thread. */
    public interface Listener {
        void document(int index, int count, String sha256);

        void page(int done, int total);
    }

    /** What a pass did. {@code stopped}: asked to stop before the queue was empty. */
    public record Pass(int recognized, int failed, boolean stopped) {
    }

    /** A dossier component whose scan contains the searched words. */
    public record Hit(String dossierCode, String componentCode, String sourceSha256, int pages) {
    }

    private final SessionFactory db;
    private final DocumentStore store;
    private final Path workDir;
    private final OcrJob job;
    private final String engine;
    private final Clock clock;
    private final Supplier<OcrAvailability> probe;
    private volatile OcrAvailability availability;

    public TextLayerQueue(SessionFactory db, DocumentStore store, Path workDir, OcrJob job, String engine, Clock clock) {
        this(db, store, workDir, job, engine, clock, () -> new OcrAvailability(true, null, List.of(TesseractEngine.VIETNAMESE), null));
    }

    /** {@code probe} says whether OCR can run on this machine; asked once, on first use. */
    public TextLayerQueue(SessionFactory db, DocumentStore store, Path workDir, OcrJob job, String engine, Clock clock,
            Supplier<OcrAvailability> probe) {
        this.probe = probe;
        this.db = db;
        this.store = store;
        this.workDir = workDir;
        this.job = job;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Whether Tesseract with Vietnamese data is installed here; when not, {@code reasonKey()} says
     * what to install. Probed once per run of the application (the message asks to reopen it).
     */
    public OcrAvailability availability() {
        OcrAvailability a = availability;
        if (a == null) {
            a = probe.get();
            availability = a;
        }
        return a;
    }

    /** Stored scans linked to a dossier (not removed) that have no text yet, oldest link first. */
    public List<String> pending() {
        return db.fromTransaction(s -> s.createSelectionQuery("select d.sha256 from DossierDocument d where d.removedAt is null"
                + " and not exists (select 1 from DocumentText t where t.sourceSha256 = d.sha256)"
                + " group by d.sha256 order by min(d.createdAt)", String.class).getResultList());
    }

    /** Recognizes every pending scan, one at a time, until the queue is empty or {@code stop} says so. */
    public Pass runPending(Listener listener, BooleanSupplier stop) {
        // a day: longer than the slowest document, so a pass of the other process (desktop or command line) keeps its copy
        PlainCopy.clearStale(workDir, java.time.Duration.ofDays(1));
        List<String> queue = pending();
        int recognized = 0;
        int failed = 0;
        for (int i = 0; i < queue.size(); i++) {
            if (stop.getAsBoolean()) {
                return new Pass(recognized, failed, true);
            }
            String sha = queue.get(i);
            listener.document(i + 1, queue.size(), sha);
            if (recognize(sha, listener, stop)) {
                recognized++;
            } else if (stop.getAsBoolean()) {
                return new Pass(recognized, failed, true);
            } else {
                failed++;
            }
        }
        return new Pass(recognized, failed, false);
    }

    private boolean recognize(String sha, Listener listener, BooleanSupplier stop) {
        Path out = workDir.resolve(sha + ".pdf");
        try {
            Files.createDirectories(workDir);
            OcrJob.Result result;
            // OCR renders pages from a file: a plain copy beside its output, deleted once read
            try (PlainCopy source = store.plainCopy(sha, workDir)) {
                result = job.run(source.path(), out, (done, total) -> {
                    listener.page(done, total);
                    if (stop.getAsBoolean()) {
                        throw new StopRequested();
                    }
                });
            }
            StoredFile searchable = store.store(workDir, o -> Files.copy(out, o));
            String folded = Text.fold(textOf(out));
            save(DocumentText.done(sha, searchable.sha256(), result.pages(), folded, engine, clock.instant()));
            Files.deleteIfExists(out);
            return true;
        } catch (StopRequested e) {
            return false; // the progress file stays: the next pass resumes this document
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof StopRequested || stop.getAsBoolean()) {
                return false;
            }
            save(DocumentText.failed(sha, String.valueOf(e.getMessage()), engine, clock.instant()));
            return false;
        }
    }

    private void save(DocumentText text) {
        db.inTransaction(s -> {
            if (s.find(DocumentText.class, text.sourceSha256()) == null) { // another desk may have finished it first
                s.persist(text);
            }
        });
    }

    private static String textOf(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public Optional<DocumentText> of(String sourceSha256) {
        return Optional.ofNullable(db.fromTransaction(s -> s.find(DocumentText.class, sourceSha256)));
    }

    /** The SHA-256 of the searchable copy of a scan in the store ({@link DocumentStore#open}), when its text layer is made. */
    public Optional<String> searchable(String sourceSha256) {
        return of(sourceSha256).map(DocumentText::textSha256);
    }

    /** Scans whose text contains every word of {@code query} (folded: "giay khai sinh" finds "Giấy khai sinh"). */
    public List<Hit> search(String query, int limit) {
        List<String> words = List.of(Text.fold(Text.nfc(query)).trim().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder hql = new StringBuilder("select x.code, d.componentCode, d.sha256, t.pages from DocumentText t, DossierDocument d,"
                + " Dossier x where d.sha256 = t.sourceSha256 and x.id = d.dossierId and d.removedAt is null");
        for (int i = 0; i < words.size(); i++) {
            hql.append(" and t.textFolded like :w").append(i).append(" escape '!'");
        }
        hql.append(" order by d.createdAt desc");
        return db.fromTransaction(s -> {
            var q = s.createSelectionQuery(hql.toString(), Object[].class);
            for (int i = 0; i < words.size(); i++) {
                q.setParameter("w" + i, "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            return q.setMaxResults(limit).getResultList().stream()
                    .map(r -> new Hit((String) r[0], (String) r[1], (String) r[2], (Integer) r[3])).toList();
        });
    }

    /** Forgets failed attempts so the next pass tries those scans again (after installing the Vietnamese data, say). */
    public int retryFailed() {
        return db.fromTransaction(s -> s.createMutationQuery("delete from DocumentText t where t.state = :f")
                .setParameter("f", DocumentText.State.FAILED).executeUpdate());
    }

    /** Unchecked, to leave OcrJob's listener between two pages; the job's progress file is kept. */
    private static final class StopRequested extends RuntimeException {
        StopRequested() {
            super("stop requested", null, false, false);
        }
    }
}
