package vn.motcua.signing;

/**
 * Where the visible signature goes, in PDF points (1/72 inch) from the page's lower-left corner,
 * the way PDF coordinates run. A 50 x 20 mm box is about 142 x 57 points.
 */
public record SignatureBox(float x, float y, float width, float height) {
    public SignatureBox {
        if (width < 20 || height < 12) {
            throw new IllegalArgumentException("a signature box needs at least 20 x 12 points, not " + width + " x " + height);
        }
    }
}
