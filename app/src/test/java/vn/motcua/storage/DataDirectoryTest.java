package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;
import vn.motcua.testing.ReadOnlyDirectory;

class DataDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheOsDefault() {
        Map<String, String> env = Map.of("MOTCUA_HOME", "/srv/motcua", "XDG_DATA_HOME", "/x");
        assertThat(DataDirectory.resolve(Path.of("/opt/d"), env, "Linux", "/home/lan").root()).isEqualTo(Path.of("/opt/d"));
        assertThat(DataDirectory.resolve(null, env, "Linux", "/home/lan").root()).isEqualTo(Path.of("/srv/motcua"));
    }

    @Test
    void osDefaultsFollowEachPlatformsConvention() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/lan").root())
                .isEqualTo(Path.of("/x/motcua"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/lan").root())
                .isEqualTo(Path.of("/home/lan/.local/share/motcua"));
        assertThat(DataDirectory.osDefault(Map.of("LOCALAPPDATA", "C:\\Users\\lan\\AppData\\Local"), "Windows 10", "C:\\Users\\lan"))
                .isEqualTo(Path.of("C:\\Users\\lan\\AppData\\Local", "MotCua"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/lan").root())
                .isEqualTo(Path.of("/Users/lan/Library/Application Support/MotCua"));
    }

    @Test
    void prepareCreatesTheLayout() {
        DataDirectory dir = new DataDirectory(tmp.resolve("new")).prepare();
        assertThat(dir.databaseDir()).isDirectory();
        assertThat(dir.documents()).isDirectory();
        assertThat(dir.logs()).isDirectory();
        assertThat(dir.backups()).isDirectory();
        assertThat(dir.root().toFile().list()).containsExactlyInAnyOrder("db", "documents", "logs", "backups");
    }

    @Test
    void aReadOnlyDirectoryIsReportedWithItsPath() throws Exception {
        try (ReadOnlyDirectory ro = ReadOnlyDirectory.create(tmp)) {
            DataDirectory dir = new DataDirectory(ro.path().resolve("motcua"));
            assertThatThrownBy(dir::prepare).isInstanceOfSatisfying(UserFacingException.class, e -> {
                assertThat(e.key()).isEqualTo("storage.readOnly");
                assertThat(e.args()).contains(dir.root());
            });
        }
    }

    @Test
    void aFullDiskIsReportedBeforeAnythingIsWritten() throws Exception {
        try (ReadOnlyDirectory full = ReadOnlyDirectory.fullDisk(tmp)) {
            DataDirectory dir = full != null ? new DataDirectory(full.path())
                    : new DataDirectory(tmp.resolve("threshold"));
            long threshold = full != null ? DataDirectory.DEFAULT_MIN_FREE_BYTES : Long.MAX_VALUE;
            assertThatThrownBy(() -> dir.prepare(threshold)).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.key()).isEqualTo("storage.diskFull"));
        }
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> new DataDirectory(file).prepare())
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("storage.notADirectory"));
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}
