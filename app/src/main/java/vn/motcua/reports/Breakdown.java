package vn.motcua.reports;

import java.util.Locale;
import vn.motcua.common.UserFacingException;

/**
 * How the on-time figures are grouped: not at all, or by the dossier's procedure, field
 * (lĩnh vực), handling unit (the last unit it was handed to), receiving clerk (by the name on
 * the register) or channel (1 in person, 2 online, 3 post).
 */
public enum Breakdown {
    NONE(null),
    PROCEDURE("d.procedure_code"),
    FIELD("d.procedure_field"),
    UNIT("d.processing_unit"),
    CLERK("d.received_by_name"),
    CHANNEL("d.channel");

    private final String column;

    Breakdown(String column) {
        this.column = column;
    }

    /** The grouped column, null for {@link #NONE}. */
    String column() {
        return column;
    }

    /** {@code procedure | field | unit | clerk | channel} (the command line's --by). */
    public static Breakdown parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Breakdown b : values()) {
            if (b != NONE && b.name().equals(t)) {
                return b;
            }
        }
        throw new UserFacingException("reports.badBreakdown", String.valueOf(text));
    }
}
