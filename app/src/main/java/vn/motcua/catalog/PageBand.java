package vn.motcua.catalog;

/**
 * One band of a per-page fee: from page {@code fromPage} on (until the next band starts), each
 * page costs {@code perPage} đồng.
 */
public record PageBand(int fromPage, long perPage) {
    public PageBand {
        if (fromPage < 1 || perPage < 0) {
            throw new IllegalArgumentException("bad page band " + fromPage + ":" + perPage);
        }
    }
}
