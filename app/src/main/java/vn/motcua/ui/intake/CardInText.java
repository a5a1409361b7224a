package vn.motcua.ui.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.citizen.CardData;
import vn.motcua.citizen.ChipCardQr;

/**
 * Finds a chip ID card's QR text typed by a handheld scanner into a text field, possibly after
 * what the clerk had already typed there ("09" + the card). What stood before the card is kept.
 */
public final class CardInText {
    private static final Pattern START = Pattern.compile("\\d{12} *\\|");

    private CardInText() {
    }

    /** The card and the field's text without it. */
    public record Found(CardData card, String before) {
    }

    public static Optional<Found> find(String text) {
        if (text == null || text.indexOf('|') < 0) {
            return Optional.empty();
        }
        Matcher m = START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String rest = text.substring(m.start()).strip();
            if (ChipCardQr.looksLike(rest)) {
                return ChipCardQr.parse(rest).map(card -> new Found(card, text.substring(0, m.start())));
            }
            from = m.start() + 1;
        }
        return Optional.empty();
    }
}
