package vn.motcua.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import org.hibernate.SessionFactory;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.DocumentKind;
import vn.motcua.documents.DossierDocument;
import vn.motcua.documents.ImportedDocument;
import vn.motcua.documents.PlainCopy;
import vn.motcua.documents.ScanImportService;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierForms;
import vn.motcua.dossier.DossierRecords;
import vn.motcua.dossier.DossierSignature;
import vn.motcua.forms.Copies;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;

/**
 * The chair approves by signing (reference §13): the dossier's electronic result, or the letters
 * 04 (apology, new appointment) and 05 (stop notice) rendered from the dossier. The signed PDF is
 * stored byte for byte next to the dossier's documents (and queued for upload like them), and the
 * signer and time — as the certificate names them — are recorded for the dossier's timeline.
 */
public final class DossierSigning {
    private final SessionFactory db;
    private final DossierRecords dossiers;
    private final ScanImportService documents;
    private final DossierForms forms;
    private final AuditTrail audit;
    private final PdfSigner signer;

    public DossierSigning(SessionFactory db, DossierRecords dossiers, ScanImportService documents, DossierForms forms,
            AuditTrail audit, java.time.Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.documents = documents;
        this.forms = forms;
        this.audit = audit;
        this.signer = new PdfSigner(clock);
    }

    /** What to sign: the electronic result or one of the letters. */
    public enum What { RESULT, FORM_04, FORM_05;

        public static What parse(String text) {
            String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
            return switch (t) {
                case "RESULT", "KET_QUA" -> RESULT;
                case "04", "4" -> FORM_04;
                case "05", "5" -> FORM_05;
                default -> throw new UserFacingException("dossier.sign.badWhat", String.valueOf(text));
            };
        }

        String label() {
            return this == RESULT ? "RESULT" : this == FORM_04 ? "04" : "05";
        }
    }

    public DossierSignature sign(Actor actor, String code, What what, SigningKey key) {
        actor.require(Permission.SIGN);
        Dossier d = dossiers.require(code);
        Path work = null;
        try {
            // under the data directory, not the system's temp folder: the PDFs here are in clear
            Path workRoot = Files.createDirectories(documents.store().workDirectory());
            work = Files.createTempDirectory(workRoot, "sign-");
            Path signed = work.resolve(d.code().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + what.label() + ".pdf");
            SignOptions options = SignOptions.defaults().withReason(what == What.RESULT ? "Phê duyệt kết quả giải quyết hồ sơ"
                    : "Ký ban hành văn bản");
            SignedPdf result;
            if (what == What.RESULT) {
                DossierDocument latest = latestResult(d).orElseThrow(() -> new UserFacingException("dossier.sign.noResult", d.code()));
                try (PlainCopy plain = documents.store().plainCopy(latest.sha256(), work)) { // the signer reads a file
                    result = signer.sign(plain.path(), signed, key, options);
                }
            } else {
                byte[] pdf = forms.render(what.label(), d.code(), Copies.ONE);
                var box = vn.motcua.forms.SignatureBox.find(pdf);
                if (box.isPresent()) {
                    var b = box.get();
                    options = options.onPage(b.page()).inBox(new SignatureBox(b.x(), b.y(), b.width(), b.height()));
                }
                result = signer.sign(pdf, signed, key, options);
            }
            ImportedDocument stored = documents.importSigned(actor, d.code(), what == What.RESULT ? DocumentKind.RESULT : DocumentKind.LETTER,
                    what == What.RESULT ? DocumentKind.RESULT_COMPONENT : "MAU_" + what.label(), signed);
            DossierSignature record = new DossierSignature(d.id(), what.label(), stored.sha256(), result.signerName(),
                    key.certificate().getSubjectX500Principal().getName(), key.certificate().getSerialNumber().toString(16),
                    result.signedAt(), actor.username());
            db.inTransaction(s -> {
                s.persist(record);
                audit.record(s, actor, "DOSSIER_SIGN", "dossier", d.id(), d.code() + " " + what.label() + " " + result.signerName());
            });
            return record;
        } catch (IOException e) {
            throw new UserFacingException(e, "sign.pdf.writeFailed", String.valueOf(work), String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(work);
        }
    }

    private Optional<DossierDocument> latestResult(Dossier d) {
        return documents.linked(d.code()).stream().filter(doc -> doc.kind() == DocumentKind.RESULT && doc.removedAt() == null)
                .max(Comparator.comparing(DossierDocument::createdAt));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory the OS cleans anyway
        }
    }
}
