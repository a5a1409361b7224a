package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.testing.JavaProcess;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.TestOffice;

/**
 * Four desk processes on one PostgreSQL database receive dossiers and move each other's at
 * once, and the one holding the sync runner lease is SIGKILLed in the middle: codes stay unique and gap-free per day, every
 * acknowledged receipt and move is stored whole, no move is applied twice (the second desk is
 * refused, not overwriting), nothing is half-written by the killed desk, and the sync runner
 * lease has one holder at a time: it changes hands only when its holder is gone, and then at
 * once (issue 10's four-process test).
 */
class PostgresDeskProcessesTest {
    private static final int DESKS = 4;
    private static final int DOSSIERS = 25;

    @TempDir
    Path tmp;

    @Test
    void fourDeskProcessesOneKilledLoseNothingAndDoubleNothing() throws Exception {
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            dirs.add(tmp.resolve("desk" + i));
        }
        try (AppContext office = TestOffice.initialized(dirs.get(0), TestDatabase.POSTGRESQL)) {
            Processing.staff(office);
            office.sync().settings().configure(Actor.SYSTEM, "http://127.0.0.1:9", "desk-1", "bi-mat".toCharArray()); // nobody there
        }
        for (int i = 1; i < DESKS; i++) {
            TestDatabase.POSTGRESQL.sameDatabase(dirs.get(0), dirs.get(i));
        }
        List<Process> desks = new ArrayList<>();
        Map<Integer, List<String>> lines = new ConcurrentHashMap<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            Process p = JavaProcess.of(PostgresDeskWorker.class, dirs.get(i).toString(), String.valueOf(DOSSIERS), String.valueOf(i))
                    .redirectError(new File(tmp.toFile(), "desk" + i + ".err")).start();
            desks.add(p);
            List<String> out = Collections.synchronizedList(new ArrayList<>());
            lines.put(i, out);
            Thread reader = new Thread(() -> read(p, out));
            reader.start();
            readers.add(reader);
        }
        // kill the desk holding the sync runner lease in the middle of its work, while the others work on
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        int holder = -1;
        while (holder < 0 && System.nanoTime() < deadline) {
            for (int i = 0; i < DESKS; i++) {
                if (count(lines.get(i), "RUN true ") > 0) {
                    holder = i;
                }
            }
            Thread.sleep(20);
        }
        assertThat(holder).as("a desk took the runner lease").isGreaterThanOrEqualTo(0);
        final int victimDesk = holder;
        Process victim = desks.get(victimDesk);
        while (count(lines.get(victimDesk), "RECEIVED ") < DOSSIERS / 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        victim.toHandle().destroyForcibly();
        long killedAt = System.currentTimeMillis();
        for (int i = 0; i < DESKS; i++) {
            assertThat(desks.get(i).waitFor(5, TimeUnit.MINUTES)).as("desk %d ended", i).isTrue();
            readers.get(i).join();
        }
        long[] endOf = new long[DESKS];
        for (int i = 0; i < DESKS; i++) {
            if (i != victimDesk) {
                assertThat(count(lines.get(i), "DONE ")).as("desk %d finished", i).isEqualTo(1);
                endOf[i] = Long.parseLong(all(Map.of(i, lines.get(i)), "DONE ").get(0));
            }
        }
        endOf[victimDesk] = killedAt;

        try (AppContext office = TestOffice.open(dirs.get(0))) {
            var db = office.database().sessionFactory();
            List<Object[]> dossiers = db.fromTransaction(s -> s.createNativeQuery(
                    "select code, status, cast(id as varchar) from dossier order by code", Object[].class).getResultList());
            List<String> codes = dossiers.stream().map(r -> (String) r[0]).toList();
            assertThat(codes).as("unique codes").doesNotHaveDuplicates();
            Map<String, List<Integer>> sequenceByDay = new HashMap<>();
            for (String code : codes) {
                String[] parts = code.split("-");
                sequenceByDay.computeIfAbsent(parts[1], d -> new ArrayList<>()).add(Integer.parseInt(parts[2]));
            }
            sequenceByDay.forEach((day, seqs) -> {
                Collections.sort(seqs);
                for (int k = 0; k < seqs.size(); k++) {
                    assertThat(seqs.get(k)).as("day %s: gap-free from 1", day).isEqualTo(k + 1);
                }
            });

            List<String> acknowledged = all(lines, "RECEIVED ");
            assertThat(codes).as("every acknowledged receipt is stored").containsAll(acknowledged);
            assertThat(codes.size()).as("the killed desk left at most one unacknowledged receipt")
                    .isBetween(acknowledged.size(), acknowledged.size() + 1);

            Map<String, Integer> status = dossiers.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue()));
            List<String> moved = all(lines, "MOVED ");
            assertThat(moved).as("no dossier moved twice").doesNotHaveDuplicates();
            for (String code : moved) {
                assertThat(status.get(code)).as("%s moved: result ready", code).isEqualTo(9);
            }
            for (Object[] row : dossiers) {
                String id = (String) row[2];
                long events = number(db, "select count(*) from dossier_status_event where dossier_id = cast('" + id + "' as uuid)");
                long toReady = number(db, "select count(*) from dossier_status_event where to_status = 9 and dossier_id = cast('" + id + "' as uuid)");
                long ledger = number(db, "select count(*) from deadline_ledger where dossier_id = cast('" + id + "' as uuid)");
                long outbox = number(db, "select count(*) from outbox_entry where action = 'RECEIVE' and aggregate_id = cast('" + id + "' as uuid)");
                long audit = number(db, "select count(*) from audit_entry where action = 'DOSSIER_RECEIVE' and subject_id = '" + id + "'");
                assertThat(List.of(ledger, outbox, audit)).as("%s written whole", row[0]).containsOnly(1L);
                assertThat(toReady).as("%s: moved at most once", row[0]).isLessThanOrEqualTo(1);
                assertThat(events).as("%s: its events match its status", row[0]).isEqualTo(((Number) row[1]).intValue() == 9 ? 2 : 1);
            }
        }

        // the runner lease: the holder sequence never alternates, and changes only after a holder died
        List<long[]> runs = new ArrayList<>(); // {desk, time}
        for (int i = 0; i < DESKS; i++) {
            for (String line : new ArrayList<>(lines.get(i))) {
                String[] f = line.split(" ");
                if (f[0].equals("RUN") && f[1].equals("true")) {
                    runs.add(new long[] {i, Long.parseLong(f[3])});
                }
            }
        }
        runs.sort((a, b) -> Long.compare(a[1], b[1]));
        List<Long> holders = new ArrayList<>();
        for (long[] run : runs) {
            if (holders.isEmpty() || holders.get(holders.size() - 1) != run[0]) {
                assertThat(holders).as("desk %d ran the sync again after another desk had taken over", run[0]).doesNotContain(run[0]);
                if (!holders.isEmpty()) {
                    long previous = holders.get(holders.size() - 1);
                    assertThat(run[1]).as("desk %d took the lease from desk %d only once that desk was killed or closed", run[0], previous)
                            .isGreaterThanOrEqualTo(endOf[(int) previous] - 1_000);
                }
                holders.add(run[0]);
            }
        }
        assertThat(holders).as("the killed holder's lease was taken over by a living desk").hasSizeGreaterThanOrEqualTo(2);
        assertThat(holders.get(0)).isEqualTo(victimDesk);
        System.out.println("PostgresDeskProcessesTest: " + all(lines, "RECEIVED ").size() + " receipts, " + all(lines, "MOVED ").size()
                + " moves, " + all(lines, "REFUSED ").size() + " refusals, lease holders in order " + holders);
    }

    private static void read(Process p, List<String> into) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                into.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(List<String> lines, String prefix) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith(prefix)).count();
        }
    }

    private static List<String> all(Map<Integer, List<String>> lines, String prefix) {
        List<String> found = new ArrayList<>();
        lines.values().forEach(l -> {
            synchronized (l) {
                l.stream().filter(x -> x.startsWith(prefix)).map(x -> x.substring(prefix.length())).forEach(found::add);
            }
        });
        return found;
    }

    private static long number(org.hibernate.SessionFactory db, String sql) {
        return db.fromTransaction(s -> ((Number) s.createNativeQuery(sql, Object.class).getSingleResult()).longValue());
    }
}
