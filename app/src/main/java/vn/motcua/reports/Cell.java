package vn.motcua.reports;

/**
 * One number of an {@link OnTimeTable}: a figure of a group ({@code key} as in {@link FigureGroup};
 * null means the dossiers without a value) or, with {@link Breakdown#NONE}, of the total.
 */
public record Cell(Breakdown by, String key, Figure figure) {
    /** A figure of the whole period. */
    public static Cell total(Figure figure) {
        return new Cell(Breakdown.NONE, null, figure);
    }
}
