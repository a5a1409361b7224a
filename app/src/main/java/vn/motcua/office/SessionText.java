package vn.motcua.office;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import vn.motcua.calendar.OfficeSession;
import vn.motcua.common.UserFacingException;

/** Office sessions as stored, typed and shown: "07:30-11:30". */
public final class SessionText {
    private SessionText() {
    }

    public static OfficeSession parse(String text, String field) {
        String t = text == null ? "" : text.strip().replace('–', '-');
        int dash = t.indexOf('-');
        try {
            if (dash > 0) {
                return new OfficeSession(LocalTime.parse(t.substring(0, dash).strip()), LocalTime.parse(t.substring(dash + 1).strip()));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new UserFacingException(e, "office.badSession", field, text);
        }
        throw new UserFacingException("office.badSession", field, text == null ? "" : text);
    }

    public static String format(OfficeSession s) {
        return s.start() + "-" + s.end();
    }
}
