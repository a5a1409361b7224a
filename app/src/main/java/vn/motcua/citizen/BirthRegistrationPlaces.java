package vn.motcua.citizen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codes allowed as the first three digits of a 12-digit personal ID: the 63 province codes
 * of birth registration and the ISO 3166-1 numeric codes of countries (births registered
 * abroad). Both lists are data files next to this class, so a correction is a data change.
 */
public final class BirthRegistrationPlaces {
    private static final Map<String, String> PROVINCES = load("province-codes.txt");
    private static final Map<String, String> COUNTRIES = load("country-codes.txt");

    private BirthRegistrationPlaces() {
    }

    /** Province codes (e.g. "001") to province names (e.g. "Hà Nội"), in code order. */
    public static Map<String, String> provinces() {
        return PROVINCES;
    }

    /** Country codes (e.g. "840") to "US United States"-style labels, in code order. */
    public static Map<String, String> countries() {
        return COUNTRIES;
    }

    public static boolean isKnown(String code) {
        return PROVINCES.containsKey(code) || COUNTRIES.containsKey(code);
    }

    /** The province name for a province code; empty for a country code or an unknown one. */
    public static Optional<String> province(String code) {
        return Optional.ofNullable(PROVINCES.get(code));
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> codes = new LinkedHashMap<>();
        try (InputStream in = BirthRegistrationPlaces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String code = line.substring(0, 3);
                if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || codes.put(code, line.substring(3).strip()) != null) {
                    throw new IllegalStateException("bad or repeated code in " + resource + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(codes);
    }
}
