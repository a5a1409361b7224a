package vn.motcua.documents.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds out whether Tesseract with Vietnamese data is installed, by asking the program itself
 * ({@code --version}, {@code --list-langs}) with a timeout. A missing program is a normal
 * answer ("not installed"), never an exception: OCR is optional.
 */
public final class TesseractEngine {
    /** Tesseract's language code for Vietnamese (Debian package tesseract-ocr-vie). */
    public static final String VIETNAMESE = "vie";
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final String binary;

    /** The {@code tesseract} found on the PATH. */
    public TesseractEngine() {
        this("tesseract");
    }

    /** A given program (an absolute path on Windows, where it is rarely on the PATH). */
    public TesseractEngine(String binary) {
        this.binary = binary;
    }

    public String binary() {
        return binary;
    }

    public OcrAvailability detect() {
        String versionText = run("--version");
        String langsText = versionText == null ? null : run("--list-langs");
        if (versionText == null || langsText == null) {
            return OcrAvailability.notInstalled();
        }
        return OcrAvailability.of(parseVersion(versionText), parseLanguages(langsText));
    }

    /** "tesseract 5.3.0\n leptonica-…" → "5.3.0"; the first line as is when it has another shape. */
    static String parseVersion(String output) {
        String first = output.strip().lines().findFirst().orElse("").strip();
        return first.startsWith("tesseract ") ? first.substring("tesseract ".length()).strip() : first;
    }

    /** The lines after "List of available languages …:" (older versions print it on stderr). */
    static List<String> parseLanguages(String output) {
        List<String> langs = new ArrayList<>();
        boolean inList = false;
        for (String line : output.lines().toList()) {
            String s = line.strip();
            if (s.startsWith("List of available languages")) {
                inList = true;
            } else if (inList && !s.isEmpty() && !s.contains(" ")) {
                langs.add(s);
            }
        }
        return langs;
    }

    /** stdout + stderr of a successful run, or {@code null} when the program is missing, fails or hangs. */
    private String run(String argument) {
        Process p;
        try {
            p = new ProcessBuilder(binary, argument).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        try {
            p.getOutputStream().close();
            if (!p.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return null;
            }
            // the answers are a few hundred bytes: they fit the pipe, reading after exit is safe
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            p.destroyForcibly();
            return null;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
