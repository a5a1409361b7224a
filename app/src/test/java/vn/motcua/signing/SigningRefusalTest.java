package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;

/**
 * Everything the desk refuses to sign, with the sentence the chair reads; after every refusal
 * the input is unchanged and no output (nor a temporary file) is left behind.
 */
class SigningRefusalTest {
    private static final Messages VI = Messages.of(Language.VI);
    private static final Messages EN = Messages.of(Language.EN);
    private static TestCa ca;
    private static TestCa.Issued good;

    @TempDir
    Path dir;
    private Path input;
    private byte[] original;
    private Path output;

    @BeforeAll
    static void makeCa() throws Exception {
        ca = new TestCa();
        good = ca.signer();
    }

    @BeforeEach
    void aDocument() throws Exception {
        input = TestPdfs.write(dir.resolve("quyet-dinh.pdf"), 1);
        original = Files.readAllBytes(input);
        output = dir.resolve("out").resolve("quyet-dinh-da-ky.pdf");
    }

    @Test
    void anExpiredCertificateIsRefusedNamingItsValidityDates() throws Exception {
        // valid 1-31 January 2024, 00:00 Vietnam time = 17:00 UTC the day before
        TestCa.Issued expired = ca.issue("Lê Văn Hết Hạn", Instant.parse("2023-12-31T17:00:00Z"),
                Instant.parse("2024-01-31T17:00:00Z"), KeyUsage.digitalSignature);
        UserFacingException e = refused(() -> sign(expired, Clock.systemUTC()));
        assertThat(e.key()).isEqualTo("sign.certificate.expired");
        assertThat(e.localized(VI)).contains("Lê Văn Hết Hạn").contains("00:00 01/01/2024").contains("00:00 01/02/2024")
                .contains("hết hạn");
        assertThat(e.localized(EN)).contains("has expired").contains("01/01/2024").contains("01/02/2024");
    }

    @Test
    void aCertificateNotYetValidAtSigningTimeIsRefused() throws Exception {
        Clock lastYear = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
        UserFacingException e = refused(() -> sign(good, lastYear));
        assertThat(e.key()).isEqualTo("sign.certificate.notYetValid");
        assertThat(e.localized(VI)).contains(TestCa.SIGNER_NAME)
                .contains(CertificateRules.shown(good.certificate().getNotBefore().toInstant()))
                .contains(CertificateRules.shown(good.certificate().getNotAfter().toInstant()));
    }

    @Test
    void aCertificateNotIssuedForSigningIsRefused() throws Exception {
        TestCa.Issued encryption = ca.issue("Khóa Mã Hóa", Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400),
                KeyUsage.keyEncipherment | KeyUsage.dataEncipherment);
        UserFacingException e = refused(() -> sign(encryption, Clock.systemUTC()));
        assertThat(e.key()).isEqualTo("sign.certificate.notForSigning");
        assertThat(e.localized(VI)).contains("Khóa Mã Hóa").contains("không được cấp để ký số");
    }

    @Test
    void aWrongPkcs12PasswordNamesTheFile() throws Exception {
        Path p12 = good.pkcs12(dir.resolve("chu-ky.p12"), "dung-mat-khau");
        UserFacingException e = refused(() -> SigningKeys.pkcs12(p12, "sai-mat-khau".toCharArray()));
        assertThat(e.key()).isEqualTo("sign.pkcs12.wrongPassword");
        assertThat(e.localized(VI)).contains("chu-ky.p12").contains("Mật khẩu").contains("không đúng");
    }

    @Test
    void aFileThatIsNotPkcs12OrIsMissingIsNamed() throws Exception {
        Path notP12 = Files.writeString(dir.resolve("not.p12"), "đây không phải PKCS#12");
        assertThat(refused(() -> SigningKeys.pkcs12(notP12, "x".toCharArray())).key()).isEqualTo("sign.pkcs12.notPkcs12");
        assertThat(refused(() -> SigningKeys.pkcs12(dir.resolve("none.p12"), "x".toCharArray())).key())
                .isEqualTo("sign.pkcs12.missing");
    }

    @Test
    void aFileWithOnlyCertificatesHasNoKeyToSignWith() throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", ca.root);
        Path p12 = dir.resolve("only-root.p12");
        try (java.io.OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, "123456".toCharArray());
        }
        UserFacingException e = refused(() -> SigningKeys.pkcs12(p12, "123456".toCharArray()));
        assertThat(e.key()).isEqualTo("sign.key.none");
        assertThat(e.localized(VI)).contains("only-root.p12").contains("Không có khóa bí mật");
    }

    @Test
    void anUnknownAliasListsTheKeysThatExist() throws Exception {
        Path p12 = good.pkcs12(dir.resolve("k.p12"), "123456");
        UserFacingException e = refused(() -> SigningKeys.pkcs12(p12, "123456".toCharArray(), "chu-tich"));
        assertThat(e.key()).isEqualTo("sign.key.aliasNotFound");
        assertThat(e.localized(VI)).contains("chu-tich").contains("signer");
    }

    @Test
    void aPageOutsideTheDocumentIsRefused() throws Exception {
        UserFacingException e = refused(() -> {
            try (SigningKey key = SigningKeys.pkcs12(good.pkcs12(dir.resolve("k.p12"), "123456"), "123456".toCharArray())) {
                new PdfSigner().sign(input, output, key, SignOptions.defaults().onPage(5));
            }
        });
        assertThat(e.key()).isEqualTo("sign.pdf.noSuchPage");
        assertThat(e.localized(VI)).contains("có 1 trang").contains("trang 5");
    }

    @Test
    void signingOverTheInputIsRefusedAndNotAPdfIsNamed() throws Exception {
        try (SigningKey key = SigningKeys.pkcs12(good.pkcs12(dir.resolve("k.p12"), "123456"), "123456".toCharArray())) {
            assertThat(refused(() -> new PdfSigner().sign(input, input, key, SignOptions.defaults())).key())
                    .isEqualTo("sign.pdf.sameFile");
            Path text = Files.writeString(dir.resolve("note.pdf"), "không phải PDF");
            assertThat(refused(() -> new PdfSigner().sign(text, output, key, SignOptions.defaults())).key())
                    .isEqualTo("sign.pdf.unreadable");
        }
        assertUntouched();
    }

    private void sign(TestCa.Issued issued, Clock clock) throws Exception {
        try (SigningKey key = SigningKeys.pkcs12(issued.pkcs12(dir.resolve("k.p12"), "123456"), "123456".toCharArray())) {
            new PdfSigner(clock).sign(input, output, key, SignOptions.defaults());
        }
    }

    private UserFacingException refused(ThrowingRunnable action) {
        UserFacingException e = catchThrowableOfType(UserFacingException.class, action::run);
        assertThat(e).as("refused with a user-facing message").isNotNull();
        assertThat(VI.has(e.key())).as(e.key()).isTrue();
        assertUntouched();
        return e;
    }

    private void assertUntouched() {
        try {
            assertThat(Files.readAllBytes(input)).isEqualTo(original);
            assertThat(output).doesNotExist();
            if (Files.isDirectory(output.getParent())) {
                try (Stream<Path> left = Files.list(output.getParent())) {
                    assertThat(left.toList()).as("no temporary file left").isEmpty();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
