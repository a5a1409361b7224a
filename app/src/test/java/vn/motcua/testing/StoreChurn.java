package vn.motcua.testing;

import java.io.PrintStream;
import java.util.Random;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A child process for the H2 crash tests: {@code FILE}. Commits to an MVStore file as fast as it
 * can, each commit adding the next number to the map {@code acks} and rewriting random entries
 * of {@code churn} (so old chunks die and their space is reused, as in an office file that has
 * run for a while: no retention time, to get there in seconds). Prints each number once its
 * commit returned: a number printed is a commit the store acknowledged.
 */
public final class StoreChurn {
    private StoreChurn() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true);
        MVStore store = new MVStore.Builder().fileName(args[0]).autoCommitDisabled().open();
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        MVMap<Long, String> acks = store.openMap("acks");
        MVMap<Integer, String> churn = store.openMap("churn");
        Random random = new Random();
        long next = acks.isEmpty() ? 0 : acks.lastKey() + 1;
        out.println("READY");
        while (true) {
            acks.put(next, "acknowledged");
            for (int k = 0; k < 5; k++) {
                churn.put(random.nextInt(3000), "x".repeat(random.nextInt(2000)));
            }
            store.commit();
            out.println(next++);
        }
    }
}
