package vn.motcua.workcalendar;

import java.time.LocalDate;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.NonexistentLunarDateException;
import vn.motcua.common.UserFacingException;

/**
 * Solar ↔ lunar conversion for people: the calendar package's conversions, with every refusal
 * turned into one sentence from the message bundle. The lunar calendar does not depend on
 * announced overlays, so this needs no database.
 */
public final class LunarConversion {
    private static final LunarCalendar LUNAR = LunarCalendar.vietnam();

    private LunarConversion() {
    }

    /** The lunar date of a solar date in 1900–2199. */
    public static LunarDate toLunar(LocalDate solar) {
        if (solar.isBefore(LunarCalendar.MIN_SOLAR) || solar.isAfter(LunarCalendar.MAX_SOLAR)) {
            throw new UserFacingException("calendar.dateOutOfRange", solar.toString());
        }
        return LUNAR.toLunar(solar);
    }

    /** The solar date of a lunar date, or a sentence saying why that lunar date does not exist. */
    public static LocalDate toSolar(int day, int month, int year, boolean leap) {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new UserFacingException("calendar.lunarBad", String.valueOf(day), String.valueOf(month));
        }
        LunarDate date = new LunarDate(day, month, year, leap);
        try {
            return LUNAR.toSolarExact(date);
        } catch (NonexistentLunarDateException e) {
            throw explain(date, e);
        }
    }

    private static UserFacingException explain(LunarDate date, NonexistentLunarDateException e) {
        String y = String.valueOf(date.year());
        String text = date.toString();
        boolean yearKnown = date.year() >= LunarCalendar.MIN_SOLAR.getYear() && date.year() <= LunarCalendar.MAX_SOLAR.getYear();
        if (yearKnown && date.leap()) {
            int leapMonth = LUNAR.leapMonth(date.year());
            if (leapMonth == 0) {
                return new UserFacingException(e, "calendar.lunarNoLeapMonth", y, text);
            }
            if (leapMonth != date.month()) {
                return new UserFacingException(e, "calendar.lunarOtherLeapMonth", y, String.valueOf(leapMonth),
                        String.valueOf(date.month()), text);
            }
        }
        int length = LUNAR.monthLength(date.year(), date.month(), date.leap());
        if (yearKnown && length > 0 && date.day() > length) {
            return new UserFacingException(e, "calendar.lunarShortMonth",
                    String.valueOf(date.month()), y, String.valueOf(length), text);
        }
        return new UserFacingException(e, "calendar.lunarOutOfRange", text);
    }
}
