package vn.motcua.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Says whether a scanned page looks blank (the back of a one-sided sheet fed through a duplex
 * scanner). Only a hint: the screen warns and the clerk decides; a page is never dropped here.
 *
 * <p>The page is reduced to a grey picture about {@value #WORK_SIZE} pixels on its longer side
 * (smoothly, so single noise pixels fade into the white around them); a band along each edge is
 * ignored (the scanner lid's shadow, a punched hole); what remains is blank when the share of
 * dark pixels that touch another dark pixel is below {@value #MAX_INK_SHARE}. Ink in a line of
 * text is always connected; isolated specks of scanner noise are not.
 */
public final class BlankPage {
    static final int WORK_SIZE = 600;
    /** Share of the inner page that may be dark and still be called blank (0.15 %). */
    static final double MAX_INK_SHARE = 0.0015;
    private static final int DARK = 150;
    private static final double EDGE = 0.06;

    private BlankPage() {
    }

    public static boolean isLikelyBlank(BufferedImage page) {
        return inkShare(page) < MAX_INK_SHARE;
    }

    /** The share of the inner page covered by connected dark pixels (0..1). */
    static double inkShare(BufferedImage page) {
        int[][] gray = gray(page);
        int h = gray.length;
        int w = gray[0].length;
        int x0 = (int) (w * EDGE);
        int y0 = (int) (h * EDGE);
        int x1 = Math.max(x0 + 1, w - x0);
        int y1 = Math.max(y0 + 1, h - y0);
        long ink = 0;
        long all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if (gray[y][x] < DARK && darkNeighbour(gray, x, y)) {
                    ink++;
                }
            }
        }
        return all == 0 ? 0 : (double) ink / all;
    }

    private static boolean darkNeighbour(int[][] gray, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int yy = y + dy;
                int xx = x + dx;
                if ((dx != 0 || dy != 0) && yy >= 0 && yy < gray.length && xx >= 0 && xx < gray[0].length && gray[yy][xx] < DARK) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[][] gray(BufferedImage page) {
        double scale = Math.min(1.0, (double) WORK_SIZE / Math.max(page.getWidth(), page.getHeight()));
        int w = Math.max(1, (int) Math.round(page.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(page.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(page.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        int[][] out = new int[h][w];
        var raster = small.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y][x] = raster.getSample(x, y, 0);
            }
        }
        return out;
    }
}
