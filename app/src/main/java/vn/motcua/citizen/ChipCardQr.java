package vn.motcua.citizen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.motcua.common.Text;

/**
 * Reads the text of the QR code on a chip ID card:
 * {@code ID12|old ID9|full name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy}. Cards differ (the old-ID
 * field is often empty, cards from late 2024 add four empty fields), so fields are read by
 * position, at least seven are required and anything after the seventh is ignored.
 *
 * <p>A handheld scanner types this text into whatever field has the focus, so the intake form
 * asks {@link #looksLike} on every change; scanners type fast and finish with Enter, and the
 * text is only complete at that point (a card with trailing empty fields already looks like a
 * card after its seventh field).
 */
public final class ChipCardQr {
    /** Longest text taken for a card: seven fields with a long address are well under this. */
    private static final int MAX_CHARS = 1_000;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private ChipCardQr() {
    }

    /** The card's data, or empty when {@code text} is not the QR text of an ID card. */
    public static Optional<CardData> parse(String text) {
        if (!startsLikeCard(text)) {
            return Optional.empty();
        }
        String[] f = Text.nfc(text.replace("\uFEFF", "")).split("\\|", -1);
        if (f.length < 7) {
            return Optional.empty();
        }
        String id = f[0].strip();
        String oldId = f[1].strip();
        String name = Text.nfcOrNull(f[2].replaceAll("\\s+", " "));
        Optional<LocalDate> birth = date(f[3]);
        Optional<Sex> sex = Sex.fromCardText(f[4]);
        String address = Text.nfcOrNull(f[5].replaceAll("\\s+", " "));
        String issue = f[6].strip();
        Optional<LocalDate> issued = date(issue);
        if (!digits(id, 12) || !(oldId.isEmpty() || digits(oldId, 9) || digits(oldId, 12)) || name == null
                || birth.isEmpty() || sex.isEmpty() || (!issue.isEmpty() && issued.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new CardData(id, oldId.isEmpty() ? null : oldId, name, birth.get(), sex.get(), address,
                issued.orElse(null)));
    }

    /** Whether {@code text} is a complete card text; cheap enough to call on every key stroke. */
    public static boolean looksLike(String text) {
        return startsLikeCard(text) && parse(text).isPresent();
    }

    /** Twelve digits then a bar (spaces allowed around), at most {@link #MAX_CHARS}: rules out ordinary typing at once. */
    private static boolean startsLikeCard(String text) {
        if (text == null || text.length() > MAX_CHARS) {
            return false;
        }
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (text.length() - i < 13 + 6) {
            return false;
        }
        for (int k = 0; k < 12; k++) {
            char c = text.charAt(i + k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int bar = i + 12;
        while (bar < text.length() && text.charAt(bar) == ' ') {
            bar++;
        }
        return bar < text.length() && text.charAt(bar) == '|';
    }

    private static Optional<LocalDate> date(String field) {
        String s = field.strip();
        if (s.length() != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s, DAY_MONTH_YEAR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String s, int length) {
        return s.length() == length && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
