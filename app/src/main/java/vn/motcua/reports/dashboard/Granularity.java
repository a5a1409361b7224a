package vn.motcua.reports.dashboard;

/** The step of the trend chart: Monday–Sunday weeks or calendar months. */
public enum Granularity {
    WEEK,
    MONTH
}
