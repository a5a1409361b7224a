package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Locale;
import vn.motcua.common.UserFacingException;

/** Who submits (LoaiDoiTuong, reference §4). */
public enum ApplicantType {
    CITIZEN(1),
    ENTERPRISE(2),
    STATE_AGENCY(3),
    OTHER(4);

    private final int code;

    ApplicantType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ApplicantType parse(String text) {
        if (text == null || text.isBlank()) {
            return CITIZEN;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(t) || String.valueOf(c.code).equals(t)).findFirst()
                .orElseThrow(() -> new UserFacingException("dossier.badApplicantType", text));
    }
}
