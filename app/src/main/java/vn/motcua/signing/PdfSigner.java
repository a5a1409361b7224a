package vn.motcua.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;

/**
 * Signs a PDF with a PAdES baseline-B signature (ETSI.CAdES.detached) and a visible box.
 *
 * <p>The signed file is written next to the output as a temporary file and moved into place, so
 * a failure (wrong PIN, token pulled out, disk full) leaves neither a half-written output nor a
 * changed input. The signature is an incremental update: the original bytes stay as they were,
 * so a document signed before (by a vice-chair, say) keeps its first signature valid.
 */
public final class PdfSigner {
    private final Clock clock;

    public PdfSigner() {
        this(Clock.systemUTC());
    }

    /** {@code clock} gives the signing time (tests sign "in" a certificate's past or future). */
    public PdfSigner(Clock clock) {
        this.clock = clock;
    }

    /** Signs the PDF at {@code input} into {@code output}; {@code input} is never written. */
    public SignedPdf sign(Path input, Path output, SigningKey key, SignOptions options) {
        if (sameFile(input, output)) {
            throw new UserFacingException("sign.pdf.sameFile", input.toString());
        }
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "sign.pdf.missing", input.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "sign.pdf.unreadable", input.toString());
        }
        return sign(pdf, input.toString(), output, key, options);
    }

    /** Signs the PDF in {@code input} into {@code output}. */
    public SignedPdf sign(byte[] input, Path output, SigningKey key, SignOptions options) {
        return sign(input, "PDF", output, key, options);
    }

    private SignedPdf sign(byte[] pdf, String name, Path output, SigningKey key, SignOptions options) {
        Instant now = clock.instant();
        X509Certificate certificate = key.certificate();
        CertificateRules.requireValidAt(certificate, now);
        CertificateRules.requireSigningUsage(certificate);
        SignOptions opts = options == null ? SignOptions.defaults() : options;
        try (PDDocument doc = load(pdf, name)) {
            if (doc.isEncrypted()) {
                throw new UserFacingException("sign.pdf.encrypted", name);
            }
            if (CertificationLock.forbidsChanges(doc)) {
                throw new UserFacingException("sign.pdf.certifiedNoChanges", name);
            }
            int pages = doc.getNumberOfPages();
            int page = opts.page() == null ? pages : opts.page();
            if (pages == 0 || page < 1 || page > pages) {
                throw new UserFacingException("sign.pdf.noSuchPage", String.valueOf(page), String.valueOf(pages));
            }
            PDSignature signature = signature(key, now, opts);
            byte[] template = SignatureAppearance.template(doc.getPage(page - 1), opts.box(),
                    SignatureAppearance.lines(key.signerName(), now, signature.getReason(), signature.getLocation()));
            try (SignatureOptions sigOptions = new SignatureOptions()) {
                sigOptions.setVisualSignature(new ByteArrayInputStream(template));
                sigOptions.setPage(page - 1);
                sigOptions.setPreferredSignatureSize(contentsSize(key));
                doc.addSignature(signature, new CmsSignature(key), sigOptions);
                vn.motcua.common.AtomicFile.write(output, doc::saveIncremental);
            }
            return new SignedPdf(output, fieldName(doc, signature), key.signerName(), now, page);
        } catch (IOException e) {
            throw new UserFacingException(e, "sign.pdf.writeFailed", output.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static PDDocument load(byte[] pdf, String name) {
        try {
            return Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new UserFacingException(e, "sign.pdf.encrypted", name);
        } catch (IOException e) {
            throw new UserFacingException(e, "sign.pdf.unreadable", name);
        }
    }

    private static PDSignature signature(SigningKey key, Instant now, SignOptions opts) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setName(key.signerName());
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(WorkCalendar.ZONE));
        when.setTimeInMillis(now.toEpochMilli());
        signature.setSignDate(when);
        String reason = Text.nfcOrNull(blankToNull(opts.reason()));
        String location = Text.nfcOrNull(blankToNull(opts.location()));
        if (reason != null) {
            signature.setReason(reason);
        }
        if (location != null) {
            signature.setLocation(location);
        }
        return signature;
    }

    /** Room for the CMS in /Contents: the embedded chain, the signature value and attributes. */
    private static int contentsSize(SigningKey key) {
        int size = 8192;
        for (X509Certificate c : key.chain()) {
            try {
                size += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                size += 4096;
            }
        }
        return size;
    }

    private static String fieldName(PDDocument doc, PDSignature signature) throws IOException {
        for (PDSignatureField field : doc.getSignatureFields()) {
            if (field.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.V) == signature.getCOSObject()) {
                return field.getFullyQualifiedName();
            }
        }
        return null;
    }

    private static boolean sameFile(Path input, Path output) {
        try {
            return input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())
                    || (Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output));
        } catch (IOException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
