package vn.motcua.reports.index766;

/** SplitMix64: a tiny reproducible generator; a failing case is replayed from the seed in the message. */
final class FactsRandom {
    private long state;

    FactsRandom(long seed) {
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

    <T> T pick(java.util.List<T> list) {
        return list.get(nextInt(list.size()));
    }
}
