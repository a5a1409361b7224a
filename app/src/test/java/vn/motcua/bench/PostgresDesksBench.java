package vn.motcua.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.AppContext;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.storage.ServerConnection;
import vn.motcua.storage.SettingsStore;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.PostgresServer;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.TestOffice;

/**
 * Four desks receiving at once on one PostgreSQL database (issue 10, "Speed": ≥ 50 intakes/s in
 * total). Each desk is its own AppContext (own pool, own Hibernate), one thread each, as four
 * PCs would be. Baseline in the same run: four threads doing single-row inserts (each its own
 * commit) through the same driver into the same server.
 */
class PostgresDesksBench {
    private static final int DESKS = 4;
    private static final int WARMUP = 20;
    private static final int PER_DESK = Integer.getInteger("motcua.bench.pgIntakes", 150);

    @Test
    void fourDesksReceivingAtOnce() throws Exception {
        Path work = BenchKit.workDir("pg-desks");
        List<AppContext> desks = new ArrayList<>();
        desks.add(TestOffice.initialized(work.resolve("desk0"), TestDatabase.POSTGRESQL));
        try {
            Actor clerk = Processing.staff(desks.get(0))[0];
            for (int i = 1; i < DESKS; i++) {
                desks.add(TestOffice.open(TestDatabase.POSTGRESQL.sameDatabase(work.resolve("desk0"), work.resolve("desk" + i)).root()));
            }
            List<IntakeRequest> requests = new ArrayList<>();
            for (AppContext desk : desks) {
                IntakeRequest request = Intakes.accept(desk, Intakes.RESIDENCE);
                requests.add(request);
                for (int k = 0; k < WARMUP; k++) {
                    desk.intake().receive(clerk, request);
                }
            }
            double intakes = rate(DESKS * PER_DESK, i -> {
                AppContext desk = desks.get(i);
                IntakeRequest request = requests.get(i);
                for (int k = 0; k < PER_DESK; k++) {
                    desk.intake().receive(clerk, request);
                }
                return null;
            });
            ServerConnection server = new SettingsStore(new DataDirectory(work.resolve("desk0")).settingsFile()).load().serverConnection();
            double inserts = baseline(server.url());
            BenchKit.table("PostgresDesksBench: four desks receiving at once on one PostgreSQL", List.of(
                    List.of("measure", "per second", "baseline per second", "ratio", "target"),
                    List.of(DESKS + " desks, " + PER_DESK + " intakes each", f(intakes), f(inserts),
                            BenchKit.ratio(intakes, inserts), ">= 50 intakes/s in total")));
        } finally {
            desks.forEach(AppContext::close);
        }
    }

    /** Single-row inserts, each its own commit, four threads: what the driver and server give. */
    private static double baseline(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD); Statement st = c.createStatement()) {
            st.execute("create table if not exists bench_row (id bigint primary key, note varchar(255))");
        }
        return rate(DESKS * PER_DESK, i -> {
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                    PreparedStatement ps = c.prepareStatement("insert into bench_row values (?, ?)")) {
                for (int k = 0; k < PER_DESK; k++) {
                    ps.setLong(1, (long) i * 1_000_000 + k);
                    ps.setString(2, "Nguyễn Thị Thu");
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private interface DeskWork {
        Object run(int desk) throws Exception;
    }

    private static double rate(int total, DeskWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(DESKS);
        try {
            List<Future<Object>> done = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < DESKS; i++) {
                int desk = i;
                done.add(pool.submit((Callable<Object>) () -> work.run(desk)));
            }
            for (Future<Object> f : done) {
                f.get();
            }
            return total / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
