package vn.motcua.calendar;

/** What an announced overlay line (dòng lịch công bố) does to a day; the keyword is what the overlay file spells. */
public enum OverlayAction {
    /** A weekday off (ngày nghỉ công bố), e.g. the day swapped for a worked Saturday. */
    OFF("off"),
    /** A weekly rest day worked (ngày làm bù), always a Saturday or Sunday. */
    WORK("work"),
    /** One of the announced statutory Tết days; replaces the default Tết rule for that year. */
    TET("tet"),
    /** The announced day next to 2/9 (1/9 or 3/9); replaces the rule's per-year setting. */
    NATIONAL_DAY("national-day");

    private final String keyword;

    OverlayAction(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    static OverlayAction ofKeyword(String keyword) {
        for (OverlayAction action : values()) {
            if (action.keyword.equals(keyword)) {
                return action;
            }
        }
        return null;
    }
}
