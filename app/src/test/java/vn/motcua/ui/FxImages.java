package vn.motcua.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** JavaFX images read back as AWT images (to decode a QR on screen), and screen snapshots to look at. */
final class FxImages {
    private FxImages() {
    }

    static BufferedImage buffered(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }

    /**
     * With {@code -Dmotcua.snapshots=true}, writes the desk's window to {@code /tmp/NAME.png}
     * so a person can look at it; otherwise does nothing (tests leave no files behind).
     */
    static void lookAt(FxRobot robot, String name) throws Exception {
        if (!Boolean.getBoolean("motcua.snapshots")) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = robot.lookup("#navigation").query().getScene();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.getRoot().snapshot(null, null));
        ImageIO.write(buffered(image[0]), "png", Path.of("/tmp/" + name + ".png").toFile());
    }
}
