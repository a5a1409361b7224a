package vn.motcua.calendar;

import java.time.LocalDateTime;

/**
 * SplitMix64: a tiny, fully reproducible generator, so a failing invariant case can be replayed
 * from the seed printed in the assertion message.
 */
final class SeededRandom {

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    /** Uniform in [from, to]. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(int percent) {
        return nextInt(100) < percent;
    }

    /** A local time between 2020 and 2035, minute-aligned mostly, with office-hour edges favoured. */
    LocalDateTime instant() {
        LocalDateTime day = LocalDateTime.of(2020, 1, 1, 0, 0).plusDays(nextInt(16 * 365));
        if (chance(20)) {
            String[] edges = {"07:30", "11:30", "13:30", "17:00", "15:00", "14:59", "12:00", "00:00", "23:59", "07:29", "17:01"};
            return day.with(java.time.LocalTime.parse(edges[nextInt(edges.length)]));
        }
        LocalDateTime t = day.plusMinutes(nextInt(24 * 60));
        return chance(10) ? t.plusSeconds(nextInt(60)) : t;
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }
}
