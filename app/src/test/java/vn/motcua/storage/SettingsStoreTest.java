package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.Language;
import vn.motcua.common.UserFacingException;

class SettingsStoreTest {
    @TempDir
    Path tmp;

    @Test
    void noFileMeansVietnameseDefaults() {
        assertThat(new SettingsStore(tmp.resolve("settings.json")).load().language()).isEqualTo(Language.VI);
    }

    @Test
    void savedLanguageComesBackAndUnknownKeysSurvive() throws Exception {
        Path file = Files.writeString(tmp.resolve("settings.json"), "{\"fromNewerDesk\": 42}");
        SettingsStore store = new SettingsStore(file);
        store.save(store.load().withLanguage(Language.EN));
        assertThat(store.load().language()).isEqualTo(Language.EN);
        assertThat(Files.readString(file)).contains("\"fromNewerDesk\" : 42");
    }

    @Test
    void aCorruptFileIsReportedWithItsPathAndNotTouched() throws Exception {
        Path file = Files.writeString(tmp.resolve("settings.json"), "{\"language\": \"en\",,,");
        SettingsStore store = new SettingsStore(file);
        assertThatThrownBy(store::load).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("settings.corrupt");
            assertThat(e.args()[0]).isEqualTo(file);
        });
        assertThat(Files.readString(file)).isEqualTo("{\"language\": \"en\",,,");
    }

    @Test
    void savingOverACorruptFileKeepsTheCorruptOneAside() throws Exception {
        Path file = Files.writeString(tmp.resolve("settings.json"), "[broken");
        SettingsStore store = new SettingsStore(file);
        store.save(Settings.defaults().withLanguage(Language.EN));
        assertThat(store.load().language()).isEqualTo(Language.EN);
        try (var siblings = Files.list(tmp)) {
            Path aside = siblings.filter(p -> p.getFileName().toString().startsWith("settings.json.broken-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("[broken");
        }
    }
}
