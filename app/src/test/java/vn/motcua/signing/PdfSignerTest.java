package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.calendar.WorkCalendar;

/** Signing a PDF with a PKCS#12 key from a test CA, and checking the result independently. */
class PdfSignerTest {
    private static TestCa ca;
    private static TestCa.Issued signer;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCa() throws Exception {
        ca = new TestCa();
        signer = ca.signer();
    }

    private SigningKey key() throws Exception {
        return SigningKeys.pkcs12(signer.pkcs12(dir.resolve("signer.p12"), "mat-khau-ky"), "mat-khau-ky".toCharArray());
    }

    @Test
    void signedPdfVerifiesWithTheVerifierAndWithBouncyCastleAlone() throws Exception {
        Path input = TestPdfs.write(dir.resolve("ket-qua.pdf"), 2);
        byte[] original = Files.readAllBytes(input);
        Path output = dir.resolve("ket-qua-da-ky.pdf");
        SignedPdf signed;
        try (SigningKey key = key()) {
            signed = new PdfSigner().sign(input, output, key, SignOptions.defaults()
                    .withReason("Phê duyệt kết quả").withLocation("UBND xã Vụ Bản"));
        }
        assertThat(Files.readAllBytes(input)).as("the input is never written").isEqualTo(original);
        byte[] pdf = Files.readAllBytes(output);
        assertThat(new String(pdf, 0, original.length, StandardCharsets.ISO_8859_1))
                .as("incremental save: the original bytes come first, unchanged")
                .isEqualTo(new String(original, StandardCharsets.ISO_8859_1));
        assertThat(signed.signerName()).isEqualTo(TestCa.SIGNER_NAME);
        assertThat(signed.page()).isEqualTo(2);

        List<SignatureReport> reports = SignatureVerifier.verify(output, List.of(ca.root));
        assertThat(reports).hasSize(1);
        SignatureReport r = reports.get(0);
        assertThat(r.fieldName()).isEqualTo(signed.fieldName());
        assertThat(r.signerName()).isEqualTo(TestCa.SIGNER_NAME);
        assertThat(r.subject()).contains("CN=" + TestCa.SIGNER_NAME).contains("O=UBND xã Vụ Bản");
        assertThat(r.issuer()).contains("CN=Test Root CA MotCua");
        assertThat(r.serial()).isEqualTo(signer.certificate().getSerialNumber().toString(16).toUpperCase());
        assertThat(r.signedAt()).isEqualTo(signed.signedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(r.reason()).isEqualTo("Phê duyệt kết quả");
        assertThat(r.location()).isEqualTo("UBND xã Vụ Bản");
        assertThat(r.coversWholeDocument()).isTrue();
        assertThat(r.byteRangeValid()).isTrue();
        assertThat(r.digestMatches()).isTrue();
        assertThat(r.signatureValid()).isTrue();
        assertThat(r.certificateValidAtSigning()).isTrue();
        assertThat(r.chain()).hasSize(2);
        assertThat(r.chain().get(1)).contains("CN=Test Root CA MotCua");
        assertThat(r.trust()).isEqualTo(SignatureReport.Trust.TRUSTED);
        assertThat(r.valid()).isTrue();

        // another CA's root is not an anchor for this chain
        SignatureReport foreign = SignatureVerifier.verify(output, List.of(new TestCa("Other Root").root)).get(0);
        assertThat(foreign.trust()).isEqualTo(SignatureReport.Trust.UNTRUSTED);
        assertThat(foreign.valid()).isFalse();
        assertThat(SignatureVerifier.verify(output).get(0).trust()).isEqualTo(SignatureReport.Trust.NOT_CHECKED);

        independentlyVerified(pdf);
    }

    /** The signature dictionary and the CMS, read without the code under test. */
    private static void independentlyVerified(byte[] pdf) throws Exception {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]").matcher(raw);
        assertThat(m.find()).isTrue();
        int a = Integer.parseInt(m.group(2));
        int b = Integer.parseInt(m.group(3));
        int c = Integer.parseInt(m.group(4));
        assertThat(Integer.parseInt(m.group(1))).isZero();
        assertThat(b + c).as("the byte range runs to the end of the file").isEqualTo(pdf.length);
        assertThat(raw.charAt(a)).isEqualTo('<');
        assertThat(raw.charAt(b - 1)).isEqualTo('>');
        assertThat(raw.substring(a + 1, b - 1)).matches("[0-9A-Fa-f]+");
        byte[] cms = java.util.HexFormat.of().parseHex(raw.substring(a + 1, b - 1));
        byte[] signedBytes = new byte[a + c];
        System.arraycopy(pdf, 0, signedBytes, 0, a);
        System.arraycopy(pdf, b, signedBytes, a, c);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            assertThat(sig.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(sig.getName()).isEqualTo(TestCa.SIGNER_NAME);
            assertThat(sig.getSignDate()).isNotNull();
        }
        // the hex string is zero-padded after the DER structure: read the first object only
        org.bouncycastle.asn1.cms.ContentInfo contentInfo;
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(cms)) {
            contentInfo = org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
        }
        CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contentInfo);
        SignerInformation info = data.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        X509CertificateHolder cert = (X509CertificateHolder) data.getCertificates().getMatches(info.getSID()).iterator().next();
        assertThat(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))).isTrue();
        assertThat(info.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1"); // SHA-256
        assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime))
                .as("PAdES keeps the claimed time in /M, not in the CMS").isNull();
        assertThat(data.getCertificates().getMatches(null)).as("the whole chain is embedded").hasSize(2);
        assertThat(data.isDetachedSignature()).isTrue();
    }

    @Test
    void aByteChangedInsideTheSignedRangeIsCaught() throws Exception {
        Path output = dir.resolve("signed.pdf");
        try (SigningKey key = key()) {
            new PdfSigner().sign(TestPdfs.document(1), output, key, SignOptions.defaults());
        }
        byte[] pdf = Files.readAllBytes(output);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = raw.indexOf("0042");
        assertThat(at).isPositive();
        pdf[at + 3] = '3'; // "0042" -> "0043" in the page text
        Path tampered = dir.resolve("tampered.pdf");
        Files.write(tampered, pdf);

        SignatureReport r = SignatureVerifier.verify(tampered).get(0);
        assertThat(r.digestMatches()).isFalse();
        assertThat(r.signatureValid()).as("the signed attributes themselves are intact").isTrue();
        assertThat(r.valid()).isFalse();
        assertThat(SignatureVerifier.verify(output).get(0).valid()).isTrue();
    }

    @Test
    void aSecondSignatureIsAnIncrementalUpdateThatKeepsTheFirstValid() throws Exception {
        Path once = dir.resolve("once.pdf");
        Path twice = dir.resolve("twice.pdf");
        TestCa.Issued chair = ca.issue("Trần Thị Hồng", java.time.Instant.now().minusSeconds(86_400),
                java.time.Instant.now().plusSeconds(86_400 * 30L), org.bouncycastle.asn1.x509.KeyUsage.digitalSignature);
        SignedPdf first;
        SignedPdf second;
        try (SigningKey key = key()) {
            first = new PdfSigner().sign(TestPdfs.document(1), once, key, SignOptions.defaults().withReason("Thẩm định"));
        }
        try (SigningKey key = SigningKeys.pkcs12(chair.pkcs12(dir.resolve("chair.p12"), "123456"), "123456".toCharArray())) {
            second = new PdfSigner().sign(once, twice, key, SignOptions.defaults().inBox(new SignatureBox(72, 72, 200, 60)));
        }
        byte[] onceBytes = Files.readAllBytes(once);
        byte[] twiceBytes = Files.readAllBytes(twice);
        assertThat(java.util.Arrays.copyOf(twiceBytes, onceBytes.length)).isEqualTo(onceBytes);

        List<SignatureReport> reports = SignatureVerifier.verify(twice, List.of(ca.root));
        assertThat(reports).extracting(SignatureReport::signerName).containsExactly(TestCa.SIGNER_NAME, "Trần Thị Hồng");
        assertThat(reports).extracting(SignatureReport::fieldName).containsExactly(first.fieldName(), second.fieldName());
        assertThat(first.fieldName()).isNotEqualTo(second.fieldName());
        assertThat(reports).allMatch(SignatureReport::valid);
        assertThat(reports.get(0).coversWholeDocument()).isFalse();
        assertThat(reports.get(1).coversWholeDocument()).isTrue();
        // kept for a look with other readers (pdfsig, Acrobat)
        Files.createDirectories(Path.of("target", "signing"));
        Files.copy(twice, Path.of("target", "signing", "two-signatures.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aPdfWithoutSignaturesGivesNoReports() throws Exception {
        assertThat(SignatureVerifier.verify(TestPdfs.write(dir.resolve("plain.pdf"), 1))).isEmpty();
    }

    @Test
    void signingTimeInTheBoxIsVietnamTime() throws Exception {
        Path output = dir.resolve("box.pdf");
        SignedPdf signed;
        try (SigningKey key = key()) {
            signed = new PdfSigner().sign(TestPdfs.document(1), output, key, SignOptions.defaults());
        }
        String text = BoxReadBack.appearanceText(output, signed.fieldName());
        String expected = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").format(WorkCalendar.toLocal(signed.signedAt()));
        assertThat(text).contains("Thời gian ký: " + expected + " +07:00");
    }

    static X509Certificate root() {
        return ca.root;
    }
}
