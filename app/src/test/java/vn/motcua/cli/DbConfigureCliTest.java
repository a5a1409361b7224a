package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.PostgresServer;

/** {@code db configure} against the test cluster: saved only when the server answers; every later command opens it. */
class DbConfigureCliTest {
    @TempDir
    Path dir;

    @Test
    void configuresMigratesAndEveryCommandOpensTheServerFromThenOn() throws Exception {
        String url = PostgresServer.shared().createDatabase("cli");
        CliRun run = CliRun.withStdin(PostgresServer.PASSWORD + "\n", "--data-dir", dir.toString(), "--json",
                "db", "configure", "--url", url, "--user", PostgresServer.USER, "--password-stdin");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"vendor\":\"postgresql\"").contains(url).doesNotContain(PostgresServer.PASSWORD);
        Path settings = new DataDirectory(dir).settingsFile();
        assertThat(Files.readString(settings)).contains(url).contains("sealed:v1:")
                .as("the server password is sealed with the office key").doesNotContain("\"" + PostgresServer.PASSWORD + "\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings))).isEqualTo("rw-------");

        CliRun init = CliRun.withStdin("mat-khau-9\n", "--data-dir", dir.toString(), "init", "--office-id", "000.00.06.H56",
                "--office-name", "Trung tâm xã Vụ Bản", "--admin-user", "admin", "--admin-name", "Trần Văn Quản",
                "--admin-password-stdin");
        assertThat(init.exit()).as(init.err() + init.out()).isZero();
        assertThat(new DataDirectory(dir).databaseExists()).as("no H2 file beside the server").isFalse();
        try (AppContext context = AppContext.open(new DataDirectory(dir).prepare())) {
            assertThat(context.database().vendor()).isEqualTo("postgresql");
            assertThat(context.office().current()).isPresent();
        }
    }

    @Test
    void aWrongPasswordIsOneSentenceAndNothingIsSaved() {
        String url = PostgresServer.shared().createDatabase("cli");
        CliRun run = CliRun.withStdin("not-the-password\n", "--data-dir", dir.toString(),
                "db", "configure", "--url", url, "--user", PostgresServer.USER, "--password-stdin");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("postgres").contains("127.0.0.1:" + PostgresServer.shared().port())
                .contains("mật khẩu").doesNotContain("Exception");
        assertThat(Files.exists(new DataDirectory(dir).settingsFile())).isFalse();
    }

    @Test
    void anUnreachableServerNamesHostAndPort() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nobody listens there
        }
        CliRun run = CliRun.withStdin("x\n", "--data-dir", dir.toString(),
                "db", "configure", "--url", "jdbc:postgresql://127.0.0.1:" + port + "/motcua", "--user", "u", "--password-stdin");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("127.0.0.1:" + port).contains("tường lửa").doesNotContain("Exception");
    }

    @Test
    void aMissingDatabaseAndANonPostgresUrlAreRefused() {
        PostgresServer server = PostgresServer.shared();
        CliRun missing = CliRun.withStdin(PostgresServer.PASSWORD + "\n", "--data-dir", dir.toString(),
                "db", "configure", "--url", server.url("khong_co"), "--user", PostgresServer.USER, "--password-stdin");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("khong_co").contains("createdb");
        CliRun h2 = CliRun.in(dir, "db", "configure", "--url", "jdbc:h2:file:/tmp/x", "--user", "sa");
        assertThat(h2.exit()).isEqualTo(1);
        assertThat(h2.err()).contains("jdbc:postgresql://");
    }
}
