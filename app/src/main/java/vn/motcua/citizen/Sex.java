package vn.motcua.citizen;

import java.util.Optional;
import vn.motcua.common.Text;

/** Sex as printed on the ID card (giới tính): {@code Nam} / {@code Nữ}. */
public enum Sex {
    MALE("Nam", "citizen.sex.male"),
    FEMALE("Nữ", "citizen.sex.female");

    private final String cardText;
    private final String key;

    Sex(String cardText, String key) {
        this.cardText = cardText;
        this.key = key;
    }

    /** The word printed on the card and in its QR text. */
    public String cardText() {
        return cardText;
    }

    /** Message key of the word shown on screen. */
    public String key() {
        return key;
    }

    /**
     * Reads {@code Nam}/{@code Nữ} as written on a card or typed by a clerk: any case, composed or
     * decomposed marks, and the unaccented {@code Nu} a keyboard without Telex produces.
     */
    public static Optional<Sex> fromCardText(String text) {
        String folded = Text.fold(text);
        return switch (folded) {
            case "nam", "male", "m" -> Optional.of(MALE);
            case "nu", "female", "f" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
