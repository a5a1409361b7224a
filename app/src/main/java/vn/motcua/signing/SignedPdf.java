package vn.motcua.signing;

import java.nio.file.Path;
import java.time.Instant;

/** What {@link PdfSigner} produced: the signed file, its new signature field and who signed when. */
public record SignedPdf(Path file, String fieldName, String signerName, Instant signedAt, int page) {
}
