package vn.motcua.reports.index766;

/** A share counted in the database: how many of how many (numerator ≤ denominator). */
public record Fraction(long numerator, long denominator) {
    public Fraction {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("a count is never negative: " + numerator + "/" + denominator);
        }
    }

    /** The share, or null when there was nothing to count. */
    public Double ratio() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
