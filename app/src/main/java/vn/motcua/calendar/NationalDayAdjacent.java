package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * Which day next to 2/9 is the second National Day holiday (ngày liền kề Quốc khánh); the
 * Prime Minister chooses it each year (Labor Code 2019 art. 112(1)(đ)).
 */
public enum NationalDayAdjacent {
    SEPTEMBER_1(1),
    SEPTEMBER_3(3);

    private final int dayOfMonth;

    NationalDayAdjacent(int dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public LocalDate in(int year) {
        return LocalDate.of(year, 9, dayOfMonth);
    }
}
