package vn.motcua.workcalendar;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.calendar.OverlayFormatException;
import vn.motcua.common.UserFacingException;

/**
 * Turns a refused overlay into one sentence for the administrator: "dòng N: lý do". The
 * calendar package gives its reasons in English; the common ones are recognised here and get a
 * sentence of their own in the bundle, any other reason is shown as given, after the line number.
 */
final class OverlayErrors {
    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("'(.*)' is not a valid date \\(YYYY-MM-DD\\)"), "calendar.overlayInvalid.badDate"),
            new Rule(Pattern.compile("duplicate date (\\S+) \\(already on line (\\d+)\\)"), "calendar.overlayInvalid.duplicate"),
            new Rule(Pattern.compile("(\\S+) is a \\w+, already a working day;.*"), "calendar.overlayInvalid.weekdayWorked"),
            new Rule(Pattern.compile("(\\S+) is a \\w+, already a weekly rest day"), "calendar.overlayInvalid.weekendOff"),
            new Rule(Pattern.compile("unknown action '(.*)';.*"), "calendar.overlayInvalid.unknownAction"),
            new Rule(Pattern.compile("(\\S+) is outside the overlay year (\\d+)"), "calendar.overlayInvalid.wrongYear"),
            new Rule(Pattern.compile("(\\S+) is a public holiday \\((.*)\\) and cannot be a working day"),
                    "calendar.overlayInvalid.holidayWorked"),
            new Rule(Pattern.compile("the Tết days do not include mùng 1 Tết (\\d+) \\((\\S+)\\)"),
                    "calendar.overlayInvalid.tetWithoutNewYear"));

    private OverlayErrors() {
    }

    static UserFacingException toUserFacing(OverlayFormatException e) {
        String line = String.valueOf(e.line());
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(e.reason());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount() + 1];
                args[0] = line;
                for (int g = 1; g <= m.groupCount(); g++) {
                    args[g] = m.group(g);
                }
                return new UserFacingException(e, rule.key(), args);
            }
        }
        return new UserFacingException(e, "calendar.overlayInvalid", line, e.reason());
    }
}
