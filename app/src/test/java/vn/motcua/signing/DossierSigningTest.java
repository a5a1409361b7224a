package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.DocumentKind;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.DossierSignature;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** The chair signs a dossier's electronic result and its apology letter; the signed PDFs are kept as signed and verify. */
class DossierSigningTest {
    @TempDir
    Path dir;
    AppContext context;
    Actor clerk;
    Actor chair;
    String code;
    Path p12;

    @BeforeEach
    void dossier() throws Exception {
        context = TestOffice.initialized(dir.resolve("data"));
        Actor[] staff = Processing.staff(context);
        clerk = staff[0];
        chair = staff[2];
        code = Processing.receive(context, clerk);
        p12 = new TestCa().signer().pkcs12(dir.resolve("chu-tich.p12"), "mat-khau");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private SigningKey key() {
        return SigningKeys.pkcs12(p12, "mat-khau".toCharArray());
    }

    @Test
    void theSignedResultIsStoredAsSignedAndVerifies() throws Exception {
        context.processing().resultReady(chair, code, null);
        context.documents().importResult(clerk, code, List.of(TestPdfs.write(dir.resolve("ket-qua.pdf"), 2)));
        DossierSignature signature;
        try (SigningKey key = key()) {
            signature = context.signing().sign(chair, code, DossierSigning.What.RESULT, key);
        }
        assertThat(signature.signerName()).isEqualTo(TestCa.SIGNER_NAME);
        assertThat(signature.signedBy()).isEqualTo("hung");
        var reports = verifyStored(signature.documentSha256());
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.coversWholeDocument()).isTrue();
            assertThat(r.signerName()).isEqualTo(TestCa.SIGNER_NAME);
        });
        List<DossierDocument> results = context.documents().linked(code).stream().filter(d -> d.kind() == DocumentKind.RESULT).toList();
        assertThat(results).hasSize(2).last().satisfies(d -> assertThat(d.sha256()).isEqualTo(signature.documentSha256()));
        assertThat(context.dossierQuery().signatures(context.dossiers().require(code).id())).singleElement()
                .satisfies(g -> assertThat(g.what()).isEqualTo("RESULT"));
    }

    @Test
    void aSealedResultIsSignedFromAPlainCopyThatDoesNotStayBehind() throws Exception {
        javax.crypto.SecretKey documentKey = vn.motcua.encryption.OfficeKey.generate().subkey("documents");
        vn.motcua.documents.ScanImportService sealed = new vn.motcua.documents.ScanImportService(context.database(), context.dossiers(),
                dir.resolve("data/documents"), documentKey, context.audit(), context.outbox(), java.time.Clock.systemUTC());
        DossierSigning signing = new DossierSigning(context.database().sessionFactory(), context.dossiers(), sealed,
                context.dossierForms(), context.audit(), java.time.Clock.systemUTC());
        context.processing().resultReady(chair, code, null);
        String result = sealed.importResult(clerk, code, List.of(TestPdfs.write(dir.resolve("ket-qua.pdf"), 2))).sha256();
        assertThat(vn.motcua.encryption.SealedFile.isSealed(sealed.store().pathOf(result))).isTrue();

        DossierSignature signature;
        try (SigningKey key = key()) {
            signature = signing.sign(chair, code, DossierSigning.What.RESULT, key);
        }

        Path stored = sealed.store().pathOf(signature.documentSha256());
        assertThat(vn.motcua.encryption.SealedFile.isSealed(stored)).as("the signed result is sealed too").isTrue();
        try (var copy = sealed.store().plainCopy(signature.documentSha256(), dir.resolve("check"))) {
            assertThat(SignatureVerifier.verify(copy.path())).singleElement().satisfies(r -> {
                assertThat(r.valid()).isTrue();
                assertThat(r.coversWholeDocument()).isTrue();
            });
        }
        try (var files = Files.walk(sealed.store().workDirectory())) {
            assertThat(files.filter(Files::isRegularFile)).as("no plain PDF left in the work directory").isEmpty();
        }
        assertThat(sealed.verify().intact()).isTrue();
    }

    @Test
    void theApologyLetterIsSignedInItsSignatureBox() throws Exception {
        context.processing().extend(chair, code, 2, "Cần xác minh thêm");
        DossierSignature signature;
        try (SigningKey key = key()) {
            signature = context.signing().sign(chair, code, DossierSigning.What.FORM_04, key);
        }
        var report = verifyStored(signature.documentSha256()).get(0);
        assertThat(report.valid()).isTrue();
        byte[] letter = context.dossierForms().render("04", code, vn.motcua.forms.Copies.ONE);
        var box = vn.motcua.forms.SignatureBox.find(letter).orElseThrow();
        org.apache.pdfbox.pdmodel.common.PDRectangle rect;
        try (var copy = context.documents().store().plainCopy(signature.documentSha256(), dir.resolve("plain"))) {
            Path stored = copy.path();
            assertThat(BoxReadBack.appearanceText(stored, report.fieldName())).contains("Ký bởi").contains(TestCa.SIGNER_NAME);
            assertThat(BoxReadBack.page(stored, report.fieldName())).isEqualTo(box.page());
            rect = BoxReadBack.rectangle(stored, report.fieldName());
        }
        assertThat(rect.getLowerLeftX()).isCloseTo(box.x(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(rect.getLowerLeftY()).isCloseTo(box.y(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(context.documents().linked(code)).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.LETTER);
            assertThat(d.componentCode()).isEqualTo("MAU_04");
        });
    }

    @Test
    void refusalsSayWhyAndStoreNothing() throws Exception {
        try (SigningKey key = key()) {
            assertThatThrownBy(() -> context.signing().sign(chair, code, DossierSigning.What.RESULT, key))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("dossier.sign.noResult"));
            assertThatThrownBy(() -> context.signing().sign(chair, code, DossierSigning.What.FORM_05, key))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("forms.notProduced"));
            context.processing().extend(chair, code, 1, "Xác minh");
            assertThatThrownBy(() -> context.signing().sign(clerk, code, DossierSigning.What.FORM_04, key))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("security.forbidden"));
        }
        assertThat(context.documents().linked(code)).isEmpty();
        assertThat(context.dossierQuery().signatures(context.dossiers().require(code).id())).isEmpty();
        assertThatThrownBy(() -> DossierSigning.What.parse("06")).isInstanceOf(UserFacingException.class);
    }

    /** Verifies a stored (sealed) document through a plain copy, as the desk reads it. */
    private java.util.List<vn.motcua.signing.SignatureReport> verifyStored(String sha256) throws Exception {
        assertThat(vn.motcua.encryption.SealedFile.isSealed(context.documents().store().pathOf(sha256))).isTrue();
        try (var copy = context.documents().store().plainCopy(sha256, dir.resolve("plain"))) {
            return SignatureVerifier.verify(copy.path());
        }
    }
}
