package vn.motcua.calendar;

/**
 * Thrown when a lunar date does not exist (ngày âm lịch không tồn tại): a leap month in a year
 * whose leap month is another one, or the 30th day of a 29-day month. The message is one
 * sentence fit to show a user.
 */
public final class NonexistentLunarDateException extends IllegalArgumentException {

    private final LunarDate date;

    public NonexistentLunarDateException(LunarDate date, String message) {
        super(message);
        this.date = date;
    }

    public LunarDate date() {
        return date;
    }
}
