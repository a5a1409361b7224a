package vn.motcua.ui.documents;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** AWT page pictures as JavaFX images (javafx.swing is not on the module path); safe off the FX thread. */
final class FxPictures {
    private FxPictures() {
    }

    static Image of(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
