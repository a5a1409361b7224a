package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.testing.IntakeLoop;
import vn.motcua.testing.JavaProcess;
import vn.motcua.testing.TestOffice;

/**
 * SIGKILL while a desk receives dossiers in a loop: no half dossier, no skipped number, and
 * every code acknowledged before the kill is stored.
 */
class IntakeKillTest {
    @TempDir
    Path dir;

    @Test
    void aKilledIntakeLeavesWholeDossiersAndNoGap() throws Exception {
        TestOffice.initialized(dir).close();
        Random random = new Random(20261123);
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Process child = JavaProcess.start(IntakeLoop.class, dir.toString());
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                assertThat(out.readLine()).isEqualTo("READY");
                int before = 5 + random.nextInt(20);
                for (int i = 0; i < before; i++) {
                    acknowledged.add(out.readLine());
                }
                Thread.sleep(random.nextInt(30)); // land the kill anywhere inside a receive
                child.toHandle().destroyForcibly();
                child.waitFor();
                String line;
                while ((line = out.readLine()) != null) {
                    acknowledged.add(line);
                }
            }
        }
        try (AppContext reopened = TestOffice.open(dir)) {
            SessionFactory db = reopened.database().sessionFactory();
            List<String> codes = db.fromTransaction(s -> s.createNativeQuery("select code from dossier order by seq", String.class).getResultList());
            List<Integer> seqs = db.fromTransaction(s -> s.createNativeQuery("select seq from dossier order by seq", Integer.class).getResultList());
            assertThat(codes).containsAll(acknowledged);
            assertThat(seqs).containsExactlyElementsOf(IntStream.rangeClosed(1, seqs.size()).boxed().toList());
            for (String table : List.of("deadline_ledger l where l.dossier_id", "dossier_status_event e where e.dossier_id",
                    "outbox_entry o where o.aggregate_id", "dossier_fee f where f.dossier_id")) {
                long orphans = db.fromTransaction(s -> s.createNativeQuery("select count(*) from dossier d where not exists (select 1 from "
                        + table + " = d.id)", Long.class).getSingleResult());
                assertThat(orphans).as("dossiers without a row in " + table).isZero();
            }
            long unaudited = db.fromTransaction(s -> s.createNativeQuery("select count(*) from dossier d where not exists "
                    + "(select 1 from audit_entry a where a.subject_id = cast(d.id as varchar) and a.action = 'DOSSIER_RECEIVE')",
                    Long.class).getSingleResult());
            assertThat(unaudited).isZero();
        }
    }
}
