package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.Language;

/** The desk's hot folder, scan command and timeout: saved, read back, cleared, other keys untouched. */
class ScanSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void unsetMeansNoFolderNoCommandAndTwoMinutes() {
        Settings s = new SettingsStore(tmp.resolve("settings.json")).load();
        assertThat(s.hotFolder()).isNull();
        assertThat(s.scanCommand()).isNull();
        assertThat(s.scanTimeoutSeconds()).isEqualTo(120);
    }

    @Test
    void savedValuesComeBackAndUnknownKeysSurvive() throws Exception {
        Path file = Files.writeString(tmp.resolve("settings.json"), "{\"fromNewerDesk\": {\"x\": 1}, \"language\": \"en\"}");
        SettingsStore store = new SettingsStore(file);
        Path folder = tmp.resolve("Máy quét");
        String naps2 = "\"C:\\Program Files\\NAPS2\\NAPS2.Console.exe\" -o {out}";
        store.save(store.load().withHotFolder(folder).withScanCommand("  " + naps2 + " ").withScanTimeoutSeconds(45));
        Settings back = store.load();
        assertThat(back.hotFolder()).isEqualTo(folder.toAbsolutePath());
        assertThat(back.scanCommand()).isEqualTo(naps2);
        assertThat(back.scanTimeoutSeconds()).isEqualTo(45);
        assertThat(back.language()).isEqualTo(Language.EN);
        assertThat(Files.readString(file)).contains("fromNewerDesk");

        store.save(back.withHotFolder(null).withScanCommand(" "));
        Settings cleared = store.load();
        assertThat(cleared.hotFolder()).isNull();
        assertThat(cleared.scanCommand()).isNull();
        assertThat(cleared.scanTimeoutSeconds()).isEqualTo(45);
        assertThat(Files.readString(file)).doesNotContain("hotFolder").doesNotContain("scanCommand");
    }

    @Test
    void aNonsenseTimeoutFallsBackToTheDefault() throws Exception {
        Path file = Files.writeString(tmp.resolve("settings.json"), "{\"scanTimeoutSeconds\": -5, \"hotFolder\": 7}");
        Settings s = new SettingsStore(file).load();
        assertThat(s.scanTimeoutSeconds()).isEqualTo(Settings.DEFAULT_SCAN_TIMEOUT_SECONDS);
        assertThat(s.hotFolder()).isNull();
        assertThatThrownBy(() -> s.withScanTimeoutSeconds(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
