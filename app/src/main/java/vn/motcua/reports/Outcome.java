package vn.motcua.reports;

/**
 * Where one dossier of a period stands at the period's end (the SQL of {@link OnTimeSql} gives
 * exactly one per dossier). {@link #WAITING_SUPPLEMENT} is open and in time.
 */
public enum Outcome {
    RESOLVED_EARLY,
    RESOLVED_ON_TIME,
    RESOLVED_LATE,
    OPEN_IN_TIME,
    OPEN_OVERDUE,
    WAITING_SUPPLEMENT,
    WITHDRAWN,
    STOPPED,
    REFUSED;

    /** The figure's name in the JSON and the CSV ({@code resolvedEarly}, …, {@code waitingSupplement}). */
    public String jsonName() {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
