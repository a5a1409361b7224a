package vn.motcua.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.SyncRunner;
import vn.motcua.testing.TestOffice;

/**
 * One desk process of {@link PostgresDeskProcessesTest}: {@code DESK_DIR N SEED}. The desk's
 * settings name the office's PostgreSQL database. It receives N dossiers, and after each one
 * tries to mark a random open dossier of the office (any desk's) "result ready", and runs the
 * sync runner once (its portal is nobody: what matters is who holds the runner lease).
 * Prints, each after its transaction returned: {@code RECEIVED code}, {@code MOVED code},
 * {@code REFUSED code}, {@code RUN ran holder epochMillis}, then {@code DONE epochMillis}.
 */
public final class PostgresDeskWorker {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private PostgresDeskWorker() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        try (AppContext desk = TestOffice.open(Path.of(args[0]))) {
            Actor clerk = desk.users().actingAs("thu");
            Actor chair = desk.users().actingAs("hung");
            SyncRunner runner = desk.sync().runner();
            OUT.println("READY");
            for (int i = 0; i < n; i++) {
                OUT.println("RECEIVED " + Processing.receive(desk, clerk));
                List<String> open = desk.database().sessionFactory().fromTransaction(s -> s.createNativeQuery(
                        "select code from dossier where status = 2 order by code", String.class).getResultList());
                String code = open.get(random.nextInt(open.size()));
                try {
                    desk.processing().resultReady(chair, code, "Bàn " + args[0].hashCode());
                    OUT.println("MOVED " + code);
                } catch (UserFacingException refused) {
                    OUT.println("REFUSED " + code); // another desk moved it first: told, not overwritten
                }
                SyncRunner.RunReport report = runner.runOnce();
                OUT.println("RUN " + report.ran() + " " + report.holder() + " " + System.currentTimeMillis());
            }
            OUT.println("DONE " + System.currentTimeMillis()); // the lease may pass on once this desk closes
        }
    }
}
