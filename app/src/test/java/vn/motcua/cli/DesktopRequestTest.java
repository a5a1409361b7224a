package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DesktopRequestTest {
    @Test
    void plainDesktopStartsSkipTheCommandLineParser() {
        assertThat(DesktopRequest.of()).contains(new DesktopRequest(null, false));
        assertThat(DesktopRequest.of("--data-dir", "/d", "--verbose")).contains(new DesktopRequest(Path.of("/d"), true));
        assertThat(DesktopRequest.of("--verbose", "--data-dir=/d")).contains(new DesktopRequest(Path.of("/d"), true));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        assertThat(DesktopRequest.of("doctor")).isEmpty();
        assertThat(DesktopRequest.of("--data-dir")).as("missing value: a usage error").isEmpty();
        assertThat(DesktopRequest.of("--data-dir", "--verbose")).isEmpty();
        assertThat(DesktopRequest.of("--json")).isEmpty();
        assertThat(DesktopRequest.of("--version")).isEmpty();
        assertThat(DesktopRequest.of("--data-dir", "/a", "--data-dir", "/b")).isEmpty();
        assertThat(DesktopRequest.of("--data-dir", "/d", "user", "list")).isEmpty();
    }
}
