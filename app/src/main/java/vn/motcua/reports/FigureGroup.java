package vn.motcua.reports;

/**
 * The figures of one group: its key (procedure code, field, unit, clerk's name, channel code;
 * null for dossiers without one) and its display name (the procedure's name; the key itself for
 * field, unit and clerk; null for a channel — render it with the message key
 * {@code reports.channel.<key>}).
 */
public record FigureGroup(String key, String name, OnTimeFigures figures) {
}
