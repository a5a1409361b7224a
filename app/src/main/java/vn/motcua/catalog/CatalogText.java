package vn.motcua.catalog;

import java.time.LocalTime;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;

/**
 * The catalogue's own sentences (legal time, fee descriptions, import differences) are printed
 * on Vietnamese receipts and shown to the administrator as data, so they are always rendered
 * from the Vietnamese bundle, whatever the office's screen language.
 */
final class CatalogText {
    private static volatile Messages vietnamese;

    private CatalogText() {
    }

    static String get(String key, Object... args) {
        Messages m = vietnamese;
        if (m == null) {
            m = Messages.of(Language.VI);
            vietnamese = m;
        }
        return m.get(key, args);
    }

    /** "15 giờ", "15 giờ 30": the way legal texts name a cut-off hour. */
    static String hour(LocalTime time) {
        return time.getMinute() == 0 ? get("catalog.text.hour", String.valueOf(time.getHour()))
                : get("catalog.text.hourMinute", String.valueOf(time.getHour()), String.format("%02d", time.getMinute()));
    }
}
