package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.JavaProcess;

/**
 * A busy year's register renders in a 64 MiB heap: lines are laid out and drawn one at a time
 * with the fonts loaded once, so memory does not grow with laid-out rows.
 */
class RegisterMemoryTest {
    @Test
    void twoThousandLinesRenderInA64MibHeap() throws Exception {
        ProcessBuilder pb = JavaProcess.of(RegisterInSmallHeap.class, "2000");
        pb.command().add(1, "-Xmx64m");
        Process p = pb.redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("pages=\\d{3}");
    }
}
