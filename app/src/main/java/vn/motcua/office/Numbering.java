package vn.motcua.office;

import vn.motcua.common.UserFacingException;

/**
 * The desk's share of the daily sequence ({@code 0001–9999}): the whole of it in
 * {@link NumberingMode#LOCAL} mode, {@code from..to} in {@link NumberingMode#RANGE} mode, and in
 * {@link NumberingMode#LEASED} mode the day's leased blocks first, then {@code from..to} (the
 * offline range, reserved for the desk like a RANGE).
 */
public record Numbering(NumberingMode mode, int from, int to) {
    /** The sequence is exactly four digits (reference §3): a 10,000th code is never printed. */
    public static final int MAX = 9999;

    public Numbering {
        if (mode == NumberingMode.LOCAL) {
            from = 1;
            to = MAX;
        } else if (from < 1 || to > MAX || from > to) {
            throw new UserFacingException("office.badNumberingRange", String.valueOf(from), String.valueOf(to));
        }
    }

    public static Numbering local() {
        return new Numbering(NumberingMode.LOCAL, 1, MAX);
    }

    public static Numbering range(int from, int to) {
        return new Numbering(NumberingMode.RANGE, from, to);
    }

    /** Leased blocks, and {@code from..to} when they run out (offline for days). */
    public static Numbering leased(int offlineFrom, int offlineTo) {
        return new Numbering(NumberingMode.LEASED, offlineFrom, offlineTo);
    }
}
