package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Locale;
import vn.motcua.common.UserFacingException;

/** How the dossier reached the office (KenhThucHien, reference §4). */
public enum Channel {
    IN_PERSON(1),
    ONLINE(2),
    POST(3);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Accepts the portal code ("1") or the name ("in_person", "online", "post"); null means in person. */
    public static Channel parse(String text) {
        if (text == null || text.isBlank()) {
            return IN_PERSON;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(t) || String.valueOf(c.code).equals(t)).findFirst()
                .orElseThrow(() -> new UserFacingException("dossier.badChannel", text));
    }
}
