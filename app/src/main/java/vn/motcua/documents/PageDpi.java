package vn.motcua.documents;

import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.Node;

/**
 * The resolution an image file states (JFIF density, PNG pHYs, TIFF resolution), read from the
 * standard ImageIO metadata tree, which every reader fills from the header alone.
 */
final class PageDpi {
    private PageDpi() {
    }

    /** Dots per inch of page {@code index}, or 0 when the file states none (or an implausible one). */
    static float of(ImageReader reader, int index) {
        try {
            IIOMetadata meta = reader.getImageMetadata(index);
            if (meta == null || !meta.isStandardMetadataFormatSupported()) {
                return 0;
            }
            Node root = meta.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            for (Node dim = root.getFirstChild(); dim != null; dim = dim.getNextSibling()) {
                if ("Dimension".equals(dim.getNodeName())) {
                    for (Node n = dim.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if ("HorizontalPixelSize".equals(n.getNodeName())) {
                            float mmPerPixel = Float.parseFloat(n.getAttributes().getNamedItem("value").getNodeValue());
                            float dpi = 25.4f / mmPerPixel;
                            return dpi >= 50 && dpi <= 4800 ? dpi : 0;
                        }
                    }
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
