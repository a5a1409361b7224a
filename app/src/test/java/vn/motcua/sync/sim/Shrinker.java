package vn.motcua.sync.sim;

import java.util.function.Predicate;

/** Makes a failing workload smaller: drops steps one at a time while it still fails (same seed, same faults). */
final class Shrinker {
    private Shrinker() {
    }

    static Workload shrink(Workload failing, Predicate<Workload> fails) {
        Workload current = failing;
        boolean progress = true;
        int budget = 200;
        while (progress && budget > 0) {
            progress = false;
            for (int i = current.steps().size() - 1; i >= 0 && budget > 0; i--) {
                Workload candidate = current.without(i);
                budget--;
                if (fails.test(candidate)) {
                    current = candidate;
                    progress = true;
                }
            }
        }
        return current;
    }
}
