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

    /**
     * The log-in window reads only the language, without data binding: it must agree with the
     * whole read wherever that succeeds, and fall back to Vietnamese where it fails.
     */
    @Test
    void theLanguageAloneAgreesWithTheWholeRead() throws Exception {
        String[][] cases = {
            {"{\"language\": \"en\"}", "EN"},
            {"{\"ocr\": {\"language\": \"en\", \"more\": [1, {\"x\": 2}]}, \"language\": \" EN \"}", "EN"},
            {"{\"ocr\": {\"language\": \"en\"}}", "VI"},
            {"{\"language\": \"en\", \"language\": \"vi\"}", "VI"},
            {"{\"language\": [\"en\"]}", "VI"},
            {"{\"language\": null}", "VI"},
            {"{\"language\": \"fr\"}", "VI"},
            {"[\"en\"]", "VI"},
            {"", "VI"},
        };
        for (String[] c : cases) {
            Path file = Files.writeString(tmp.resolve("settings.json"), c[0]);
            SettingsStore store = new SettingsStore(file);
            assertThat(store.language()).as(c[0]).isEqualTo(Language.valueOf(c[1]));
            try {
                assertThat(store.load().language()).as("whole read of " + c[0]).isEqualTo(store.language());
            } catch (UserFacingException damaged) {
                assertThat(c[1]).as(c[0]).isEqualTo("VI");
            }
        }
        Path damaged = Files.writeString(tmp.resolve("settings.json"), "{\"language\": \"en\",,,");
        assertThat(new SettingsStore(damaged).language()).isEqualTo(Language.VI);
        assertThat(Files.readString(damaged)).isEqualTo("{\"language\": \"en\",,,");
        assertThat(new SettingsStore(tmp.resolve("absent.json")).language()).isEqualTo(Language.VI);
    }
}
