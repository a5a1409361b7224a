package vn.motcua.sync.kill;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import vn.motcua.dossier.Intakes;

/**
 * The counter work of the kill runs, a pure function of (seed, index): which procedure dossier
 * {@code i} is for, its client UUID (so a receive repeated after a kill returns the first one),
 * how many scans it gets and what they look like, and which later steps it takes (hand-over,
 * supplement request, removal of a scan). The killed run and the reference run without kills
 * therefore do exactly the same things, in the same order.
 */
record KillWorkload(long seed, int index, String procedure, int scans, boolean removeScan, boolean handOver, boolean supplement) {

    static KillWorkload of(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        String procedure = r.nextInt(3) == 0 ? Intakes.BIRTH : Intakes.RESIDENCE;
        int scans = 1 + r.nextInt(2);
        boolean removeScan = scans == 2 && r.nextInt(4) == 0;
        boolean handOver = r.nextInt(10) < 4;
        boolean supplement = r.nextInt(10) < 2;
        return new KillWorkload(seed, index, procedure, scans, removeScan, handOver, supplement);
    }

    /** The dossier's UUID, chosen by the desk before the receive and the same in every run of this seed. */
    UUID dossierId() {
        return UUID.nameUUIDFromBytes(("kill-dossier:" + seed + ":" + index).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes scan {@code k} of this dossier as a small image whose pixels depend on (seed, index, k):
     * a JPEG for the first scan, a PNG for the second, so both input kinds are archived.
     */
    Path writeScan(Path dir, int k) throws IOException {
        Random r = new Random(seed * 31 + index * 7919L + k);
        BufferedImage img = new BufferedImage(160, 220, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 160, 220);
        g.setColor(Color.BLACK);
        g.drawString("HS " + index + " / " + k, 10, 20);
        for (int line = 0; line < 14; line++) {
            g.fillRect(10, 35 + line * 12, 40 + r.nextInt(100), 4);
        }
        g.dispose();
        for (int i = 0; i < 400; i++) {
            img.setRGB(r.nextInt(160), r.nextInt(220), r.nextInt(0xFFFFFF));
        }
        Files.createDirectories(dir);
        String ext = k == 0 ? "jpg" : "png";
        Path file = dir.resolve("hs-" + index + "-" + k + "." + ext);
        ImageIO.write(img, ext, file.toFile());
        return file;
    }
}
