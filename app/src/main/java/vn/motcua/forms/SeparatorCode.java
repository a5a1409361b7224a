package vn.motcua.forms;

import java.util.Objects;
import java.util.Optional;

/**
 * The text a separator sheet's QR code carries: {@code MOTCUA-SEP|<dossier code>|<component code>}.
 * The fixed prefix lets the stack splitter tell a separator from any other QR code on a scanned
 * page (a receipt's payment code, a citizen ID card's chip QR).
 */
public record SeparatorCode(String dossierCode, String componentCode) {
    static final String PREFIX = "MOTCUA-SEP";
    private static final String BAR = "|";

    public SeparatorCode {
        dossierCode = requireCode(dossierCode, "dossierCode");
        componentCode = requireCode(componentCode, "componentCode");
    }

    /** The QR text for a dossier's component. */
    public static String format(String dossierCode, String componentCode) {
        return new SeparatorCode(dossierCode, componentCode).text();
    }

    /** This code as QR text. */
    public String text() {
        return PREFIX + BAR + dossierCode + BAR + componentCode;
    }

    /**
     * Reads a decoded QR text; whitespace around the text and its fields (a scanner app's
     * trailing newline) is ignored. Any other QR text gives empty.
     */
    public static Optional<SeparatorCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] fields = text.strip().split("\\|", -1);
        if (fields.length != 3 || !fields[0].strip().equals(PREFIX)) {
            return Optional.empty();
        }
        String dossier = fields[1].strip();
        String component = fields[2].strip();
        if (!valid(dossier) || !valid(component)) {
            return Optional.empty();
        }
        return Optional.of(new SeparatorCode(dossier, component));
    }

    private static boolean valid(String code) {
        return !code.isEmpty() && code.codePoints().noneMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp));
    }

    private static String requireCode(String code, String field) {
        Objects.requireNonNull(code, field);
        String s = code.strip();
        if (!valid(s) || s.contains(BAR)) {
            throw new IllegalArgumentException(field + " must be a code without spaces or '|': \"" + code + "\"");
        }
        return s;
    }
}
