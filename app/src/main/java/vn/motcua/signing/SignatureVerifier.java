package vn.motcua.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;

/**
 * Checks every signature of a PDF the way a reader does: the byte range, the digest of the
 * signed bytes, the signature value, the certificate chain at the signing time and, when the
 * caller gives trust anchors (the CA's root certificate), whether the chain leads to one.
 * Revocation (CRL/OCSP) is not checked: the desk works offline.
 */
public final class SignatureVerifier {
    private SignatureVerifier() {
    }

    /** One report per signature, in the order of the document's signature fields; empty when unsigned. */
    public static List<SignatureReport> verify(Path pdf) {
        return verify(pdf, null);
    }

    /** As {@link #verify(Path)}, and each report says whether the chain leads to one of {@code trusted}. */
    public static List<SignatureReport> verify(Path pdf, Collection<X509Certificate> trusted) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "sign.pdf.missing", pdf.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "sign.pdf.unreadable", pdf.toString());
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<SignatureReport> reports = new ArrayList<>();
            for (PDSignatureField field : doc.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null) {
                    reports.add(report(field.getFullyQualifiedName(), signature, bytes, trusted));
                }
            }
            return reports;
        } catch (IOException e) {
            throw new UserFacingException(e, "sign.pdf.unreadable", pdf.toString());
        }
    }

    private static SignatureReport report(String field, PDSignature signature, byte[] file,
                                          Collection<X509Certificate> trusted) {
        int[] range = signature.getByteRange();
        boolean rangeValid = ByteRanges.valid(range, file);
        boolean wholeFile = rangeValid && (long) range[2] + range[3] == file.length;
        Instant claimed = instant(signature.getSignDate());
        String reason = Text.nfcOrNull(signature.getReason());
        String location = Text.nfcOrNull(signature.getLocation());
        CmsCheck cms;
        try {
            cms = CmsCheck.of(signature.getContents(), rangeValid ? ByteRanges.signedBytes(range, file) : new byte[0]);
        } catch (Exception unreadable) {
            // not a CMS we can read: report it as invalid, never as an error for the whole file
            return new SignatureReport(field, null, null, null, null, claimed, reason, location, wholeFile, rangeValid,
                    false, false, false, List.of(), trusted == null ? SignatureReport.Trust.NOT_CHECKED
                    : SignatureReport.Trust.UNTRUSTED);
        }
        Instant signedAt = cms.signingTime != null ? cms.signingTime : claimed != null ? claimed : Instant.now();
        List<X509Certificate> chain = ChainCheck.chain(cms.signer, cms.certificates);
        SignatureReport.Trust trust = trusted == null ? SignatureReport.Trust.NOT_CHECKED
                : ChainCheck.trusted(cms.signer, cms.certificates, trusted, signedAt) ? SignatureReport.Trust.TRUSTED
                : SignatureReport.Trust.UNTRUSTED;
        return new SignatureReport(field, CertificateNames.commonName(cms.signer), CertificateNames.subject(cms.signer),
                CertificateNames.issuer(cms.signer), cms.signer.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT),
                signedAt, reason, location, wholeFile, rangeValid, cms.digestMatches && rangeValid, cms.signatureValid,
                ChainCheck.validAt(chain, signedAt), chain.stream().map(CertificateNames::subject).toList(), trust);
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
