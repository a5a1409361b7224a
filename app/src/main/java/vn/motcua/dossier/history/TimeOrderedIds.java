package vn.motcua.dossier.history;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUIDs of version 7 (RFC 9562): the millisecond of a time in the top 48 bits, random below.
 * A history arrives in time order, so its dossiers and events get ids that grow: each chunk's
 * primary-key and foreign-key index entries land on the same few B-tree pages instead of on
 * thousands of random ones, which is what an H2 commit rewrites (random UUIDs made the file
 * grow by ~16 KB per dossier and the import crawl). They are still unique client UUIDs.
 */
final class TimeOrderedIds {
    private TimeOrderedIds() {
    }

    static UUID at(Instant time) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (time.toEpochMilli() << 16) | 0x7000L | (r.nextLong() & 0x0FFFL);
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
