package vn.motcua.documents;

/**
 * What one import accepts. The pixel limit is checked from the image header before any pixel
 * is decoded, so a small file declaring a huge image (a decompression bomb) cannot exhaust the
 * desk's memory.
 *
 * @param maxFileBytes largest input file
 * @param maxPixelsPerPage largest width × height of one page
 * @param maxPages most pages in one assembled PDF
 */
public record ImportLimits(long maxFileBytes, long maxPixelsPerPage, int maxPages) {
    /** 50 MB per file, 100 megapixels per page (A3 at 600 dpi is about 70), 500 pages. */
    public static final ImportLimits DEFAULTS = new ImportLimits(50L * 1024 * 1024, 100_000_000L, 500);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxPixelsPerPage <= 0 || maxPages <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
