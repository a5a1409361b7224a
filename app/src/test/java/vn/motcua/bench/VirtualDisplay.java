package vn.motcua.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The X display the benchmarked windows open on: a private Xvfb when one is installed (so every
 * run sees the same software-rendered screen, whoever is logged in), else the caller's
 * {@code DISPLAY}. Xvfb picks a free display number itself ({@code -displayfd}), so parallel
 * runs on a shared machine do not collide. On a fresh Debian:
 * {@code apt-get install -y xvfb libgtk-3-0 fonts-dejavu-core}.
 */
final class VirtualDisplay implements AutoCloseable {
    private final String display;
    private final Process xvfb;

    private VirtualDisplay(String display, Process xvfb) {
        this.display = display;
        this.xvfb = xvfb;
    }

    static VirtualDisplay open() throws IOException, InterruptedException {
        String forced = System.getProperty("motcua.bench.display");
        if (forced != null && !forced.isBlank()) {
            return new VirtualDisplay(forced, null);
        }
        Path xvfbBinary = findOnPath("Xvfb");
        if (xvfbBinary == null) {
            String current = System.getenv("DISPLAY");
            if (current == null || current.isBlank()) {
                throw new IllegalStateException("No display: neither Xvfb on the PATH nor DISPLAY set "
                        + "(apt-get install -y xvfb libgtk-3-0 fonts-dejavu-core)");
            }
            return new VirtualDisplay(current, null);
        }
        Process p = new ProcessBuilder(xvfbBinary.toString(), "-displayfd", "1", "-screen", "0", "1366x768x24",
                "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String n;
        try {
            n = number.get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            n = null;
        }
        if (n == null || n.isBlank()) {
            p.destroyForcibly();
            throw new IllegalStateException("Xvfb did not report a display number");
        }
        return new VirtualDisplay(":" + n.trim(), p);
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    String display() {
        return display;
    }

    String describe() {
        return xvfb != null ? "private Xvfb " + display + " (pid " + xvfb.pid() + ")" : "DISPLAY " + display;
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }
}
