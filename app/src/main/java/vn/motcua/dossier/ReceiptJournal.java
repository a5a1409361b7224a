package vn.motcua.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The receipts this desk printed, one line each, appended and forced to disk after the intake
 * commit, outside the database. A citizen leaves with a paper receipt naming its dossier code; if
 * the database later comes back without that dossier (an H2 file after a power cut or a killed
 * process has been seen to lose its last commits), the desk must not hand the same code to the next
 * citizen. {@link #reconcile} finds such receipts at start and raises the day's code counter and
 * the register counter past them; the desk then names them so the clerk can restore them (from
 * the portal once synced, or from a backup). Bounded: the newest {@link #KEEP} lines are kept.
 *
 * <p>Line format (tab-separated): dossier id, code, code counter name, its value, register
 * counter name, its value. A torn last line (killed while writing) is ignored.
 */
public final class ReceiptJournal {
    static final int KEEP = 500;
    private static final long ROTATE_BYTES = 256 * 1024;

    /** One printed receipt and the counter values its intake took. */
    public record Entry(UUID dossier, String code, String codeCounter, long codeValue, String registerCounter, long registerValue) {
        String line() {
            return dossier + "\t" + code + "\t" + codeCounter + "\t" + codeValue + "\t" + registerCounter + "\t" + registerValue + "\n";
        }

        static Entry parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                return null;
            }
            try {
                return new Entry(UUID.fromString(f[0]), f[1], f[2], Long.parseLong(f[3]), f[4], Long.parseLong(f[5]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private final Path file;

    public ReceiptJournal(Path file) {
        this.file = file;
    }

    /** Appends the receipt and forces it to disk; a journal that cannot be written is reported, the intake stays done. */
    synchronized void record(Entry entry) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > ROTATE_BYTES) {
                keepNewest();
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap(entry.line().getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(ReceiptJournal.class).error("receipt journal {} not written", file, e);
        }
    }

    /** The receipts on record, oldest first. */
    public List<Entry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Entry e = Entry.parse(line);
                if (e != null) {
                    entries.add(e);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The receipts on record whose dossier the database does not hold. Reads only. */
    public List<Entry> missing(Session s) {
        return entries().stream().filter(e -> s.find(Dossier.class, e.dossier()) == null).toList();
    }

    /**
     * Finds the receipts the database lost and raises their counters so their numbers are never
     * handed out again; returns them (empty on a healthy desk). One transaction.
     */
    public List<Entry> reconcile(SessionFactory db) {
        if (!Files.exists(file)) {
            return List.of();
        }
        return db.fromTransaction(s -> {
            List<Entry> lost = missing(s);
            for (Entry e : lost) {
                raise(s, e.codeCounter(), e.codeValue());
                raise(s, e.registerCounter(), e.registerValue());
            }
            if (!lost.isEmpty()) {
                org.slf4j.LoggerFactory.getLogger(ReceiptJournal.class).error(
                        "the database lacks {} receipt(s) this desk printed: {}; their numbers are kept out of use",
                        lost.size(), lost.stream().map(Entry::code).toList());
            }
            return lost;
        });
    }

    private static void raise(Session s, String counter, long value) {
        if (SequenceCounters.current(s, counter).isEmpty()) {
            s.createNativeMutationQuery("insert into sequence_counter (name, last_value) values (:n, :v)")
                    .setParameter("n", counter).setParameter("v", value).executeUpdate();
        } else {
            s.createNativeMutationQuery("update sequence_counter set last_value = :v where name = :n and last_value < :v")
                    .setParameter("n", counter).setParameter("v", value).executeUpdate();
        }
    }

    /** Rewrites the file with its newest {@link #KEEP} lines (a new file moved over the old one). */
    private void keepNewest() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> newest = lines.subList(Math.max(0, lines.size() - KEEP), lines.size());
        Path next = file.resolveSibling(file.getFileName() + ".new");
        try (FileChannel ch = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap((String.join("\n", newest) + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
