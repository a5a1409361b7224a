package vn.motcua.testing;

import java.util.List;

/**
 * SplitMix64: a tiny, fully reproducible generator, so a failing case can be replayed from the
 * seed printed in the assertion message (the project's seeded generators build on it).
 */
public class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    /** Uniform in [from, to]. */
    public int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    public boolean chance(int percent) {
        return nextInt(100) < percent;
    }

    public <T> T pick(List<T> list) {
        return list.get(nextInt(list.size()));
    }
}
