package vn.motcua.calendar;

import java.time.LocalDateTime;

/** The calendar tests' seeded generator: {@link vn.motcua.testing.SplitMix64} plus office-time instants. */
final class SeededRandom extends vn.motcua.testing.SplitMix64 {
    SeededRandom(long seed) {
        super(seed);
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
