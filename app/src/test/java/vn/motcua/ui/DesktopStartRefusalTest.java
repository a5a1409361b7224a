package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.Main;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.DesktopLock;
import vn.motcua.testing.JavaProcess;

/**
 * The desktop refuses to start on data it cannot use, saying why with the path, exit code 1,
 * and without touching anything (here without a display, so the sentence goes to stderr).
 */
class DesktopStartRefusalTest {
    @TempDir
    Path tmp;

    private static String startDesktop(Path dataDir) throws Exception {
        ProcessBuilder pb = JavaProcess.of(Main.class, "--data-dir", dataDir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY"); // no window can open: the refusal must not wait for a click
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        return err;
    }

    @Test
    void aSecondDesktopOnTheSameDataIsRefused() throws Exception {
        try (DesktopLock lock = DesktopLock.acquire(new DataDirectory(tmp).prepare())) {
            String err = startDesktop(tmp);
            assertThat(err).contains("MotCua Desk đang mở trên máy này").contains(tmp.toString());
            assertThat(err).doesNotContain("\tat ");
        }
    }

    @Test
    void aDataPathThatIsAFileIsRefusedAndLeftAlone() throws Exception {
        Path file = Files.writeString(tmp.resolve("motcua-data"), "keep me");
        String err = startDesktop(file);
        assertThat(err).contains(file.toString()).contains("--data-dir");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }
}
