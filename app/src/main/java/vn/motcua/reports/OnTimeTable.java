package vn.motcua.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The on-time figures of a period: one group per key (in key order, the group without a key
 * last) and the total. {@code asOf} is the instant the figures stand at: the period's end, or
 * now for a period not yet over; open dossiers are judged on {@code judgedOn}, its last day.
 */
public record OnTimeTable(Period period, Breakdown by, Instant asOf, LocalDate judgedOn, List<FigureGroup> groups,
        OnTimeFigures total) {
}
