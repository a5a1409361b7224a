package vn.motcua.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text rules applied at every edge (input, import, sync): store NFC, search on a folded key.
 * Some Windows Vietnamese keyboards send decomposed marks, which printers render as broken
 * accents, so nothing enters the database un-normalized.
 */
public final class Text {
    private Text() {
    }

    /** NFC form with surrounding white space removed; {@code null} stays {@code null}. */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    /** NFC, or {@code null} when the result is empty: optional fields are absent, never "". */
    public static String nfcOrNull(String s) {
        String n = nfc(s);
        return n == null || n.isEmpty() ? null : n;
    }

    /**
     * Search key: marks dropped, đ/Đ mapped to d, lower case, runs of space collapsed, so
     * "dang thi" finds "Đặng Thị".
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
