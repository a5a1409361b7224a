package vn.motcua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.security.Role;
import vn.motcua.ui.shell.Area;

/**
 * The two bundles stay in step: same keys, same placeholders, no key the code never asks
 * for, no key the code asks for that is missing, text in NFC, apostrophes escaped.
 */
class BundleConsistencyTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LITERAL = Pattern.compile(
            // not file names, resources or system properties: those are literals too, but not keys
            "(?<!getProperty\\()(?<!getResource\\()(?<!resolve\\()\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private final Properties vi = load("vi");
    private final Properties en = load("en");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    @Test
    void placeholdersMatchBetweenLanguages() {
        for (String key : vi.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(vi.getProperty(key)));
        }
    }

    @Test
    void textIsNfcAndApostrophesAreEscaped() {
        for (Properties p : new Properties[] {vi, en}) {
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as(key).isTrue();
                assertThat(value.replace("''", "")).as(key + ": write a literal apostrophe as ''").doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> literals = literalsInMainSources();
        Set<String> dynamic = dynamicKeys();
        Set<String> keys = vi.stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            if (looksLikeKey(literal) && !keys.contains(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(literals);
        unused.removeAll(dynamic);
        assertThat(unused).as("keys in the bundles that no code uses").isEmpty();
        assertThat(keys).containsAll(dynamic);
    }

    /** Keys built at run time from enums: each value must have its entry. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new HashSet<>();
        for (Area a : Area.values()) {
            keys.add(a.key());
            keys.add(a.key() + ".placeholder");
        }
        for (Role r : Role.values()) {
            keys.add("role." + r.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (vn.motcua.calendar.BudgetKind k : vn.motcua.calendar.BudgetKind.values()) {
            keys.add("dueView.kind." + k.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            keys.add("weekday." + d.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (vn.motcua.dossier.DossierStatus s : vn.motcua.dossier.DossierStatus.values()) {
            keys.add(s.messageKey());
        }
        for (Language l : Language.values()) {
            keys.add("language." + l.tag());
        }
        for (vn.motcua.dossier.DeadlineState d : vn.motcua.dossier.DeadlineState.values()) {
            keys.add(d.messageKey());
        }
        for (vn.motcua.sync.SyncState s : vn.motcua.sync.SyncState.values()) {
            keys.add(s.messageKey());
            keys.add(s.shortKey());
        }
        for (vn.motcua.office.NumberingMode m : vn.motcua.office.NumberingMode.values()) {
            keys.add("adminOffice.numbering." + m.name());
        }
        for (int level = 1; level <= 3; level++) {
            keys.add("dossier.rating." + level);
        }
        return keys;
    }

    private boolean looksLikeKey(String literal) {
        String prefix = literal.substring(0, literal.indexOf('.'));
        return vi.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix + "."));
    }

    private static Set<String> literalsInMainSources() throws IOException {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String lang) {
        Properties p = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/vn/motcua/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
