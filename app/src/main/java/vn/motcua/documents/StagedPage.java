package vn.motcua.documents;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One page the clerk arranged on the digitization screen before sealing: which file, which page
 * of it, turned by how much. The order of a list of these is the order of the sealed PDF; a page
 * the clerk deleted is simply not in the list.
 *
 * @param file      the scanned or chosen file
 * @param pageIndex the page within a multi-page TIFF or PDF (0-based); 0 for a single image
 * @param rotation  clockwise quarter turns in degrees: 0, 90, 180 or 270
 */
public record StagedPage(Path file, int pageIndex, int rotation) {
    public StagedPage {
        Objects.requireNonNull(file, "file");
        if (pageIndex < 0) {
            throw new IllegalArgumentException("pageIndex must be >= 0: " + pageIndex);
        }
        if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + rotation);
        }
    }

    /** The same page turned a quarter clockwise ({@code +1}) or counter-clockwise ({@code -1}). */
    public StagedPage turned(int quarters) {
        return new StagedPage(file, pageIndex, Math.floorMod(rotation + 90 * quarters, 360));
    }
}
