package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.Main;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.DesktopLock;
import vn.motcua.testing.JavaProcess;
import vn.motcua.testing.TestOffice;

/** The real process: exit codes through System.exit, and working beside an open desktop. */
class CliProcessTest {
    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
    }

    static Result run(String stdin, String... args) throws IOException, InterruptedException {
        Process p = JavaProcess.of(Main.class, args).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }

    @Test
    void initThenInitAgainGivesZeroThenOneWithOneSentence() throws Exception {
        String[] init = {"--data-dir", tmp.toString(), "init", "--office-id", "H56", "--office-name", "Xã Gia Phú",
                "--admin-user", "admin", "--admin-password-stdin"};
        Result first = run("mat-khau-9\n", init);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Xã Gia Phú");
        Result second = run("mat-khau-9\n", init);
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err().strip().lines()).hasSize(1);
        assertThat(second.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theCommandLineWorksWhileTheDesktopHoldsTheDatabase() throws Exception {
        DataDirectory dir = new DataDirectory(tmp).prepare();
        try (DesktopLock lock = DesktopLock.acquire(dir); AppContext desktop = TestOffice.initialized(tmp)) {
            Result list = run("", "--data-dir", tmp.toString(), "--json", "user", "list");
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("\"username\":\"admin\"");
            Result add = run("mat-khau-lan\n", "user", "add", "lan", "--full-name", "Nguyễn Thị Lan", "--role", "clerk",
                    "--password-stdin", "--data-dir", tmp.toString());
            assertThat(add.exit()).as(add.err()).isZero();
            // the desktop sees the account the command line just made
            assertThat(desktop.users().list()).extracting(u -> u.fullName()).contains("Nguyễn Thị Lan");
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsNamedInTheMessage() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "not a directory");
        Result r = run("", "--data-dir", file.toString(), "doctor");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL").contains(file.toString());
        Result init = run("mat-khau-9\n", "--data-dir", file.toString(), "init", "--office-id", "H56", "--office-name",
                "X", "--admin-user", "admin", "--admin-password-stdin");
        assertThat(init.exit()).isEqualTo(1);
        assertThat(init.err()).contains(file.toString()).doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }
}
