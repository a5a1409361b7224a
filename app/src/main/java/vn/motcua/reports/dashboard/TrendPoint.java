package vn.motcua.reports.dashboard;

import vn.motcua.reports.Period;

/**
 * One step of the trend: the on-time rate of a week or month (null when nothing was judged),
 * what it counts in time and what it is taken over, from {@code OnTimeReport} as is.
 */
public record TrendPoint(Period period, Double onTimeRate, long inTime, long judged) {
}
