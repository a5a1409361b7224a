package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.DesktopLock;
import vn.motcua.testing.PostgresServer;
import vn.motcua.testing.TestOffice;

/**
 * {@code db migrate-to}: a desk's H2 office with dossiers, a scan, a hand-over, its outbox and
 * audit trail moves onto an empty PostgreSQL database; every dossier reads the same afterwards,
 * numbering and the outbox go on without a gap or a clash; a used database, a desk still open
 * and a second move are refused without touching anything.
 */
class DbMigrateToCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anOfficeMovesWithItsHistoryAndGoesOnOnTheServer() throws Exception {
        Path desk = dir.resolve("desk");
        List<String> codes = office(desk, 3);
        List<String> before = new ArrayList<>();
        for (String code : codes) {
            before.add(show(desk, code));
        }
        long outboxBefore;
        try (AppContext context = AppContext.open(new DataDirectory(desk).prepare())) {
            outboxBefore = rows(context, "select count(*) from outbox_entry");
        }
        String url = PostgresServer.shared().createDatabase("move");

        CliRun move = move(desk, url);

        assertThat(move.exit()).as(move.err()).isZero();
        JsonNode result = JSON.readTree(move.out());
        assertThat(result.get("verified").asBoolean()).isTrue();
        assertThat(table(result, "dossier").get("rows").asLong()).isEqualTo(codes.size());
        assertThat(table(result, "outbox_entry").get("rows").asLong()).isEqualTo(outboxBefore).isPositive();
        assertThat(table(result, "audit_entry").get("rows").asLong()).isPositive();
        assertThat(move.err()).contains("dossier").contains("dòng");
        assertThat(move.out()).doesNotContain(PostgresServer.PASSWORD);
        // the old file is left as it was, beside the settings that now name the server
        assertThat(Path.of(result.get("h2File").asText())).exists();

        for (int i = 0; i < codes.size(); i++) {
            assertThat(show(desk, codes.get(i))).as("dossier %s reads the same on the server", codes.get(i)).isEqualTo(before.get(i));
        }
        try (AppContext context = AppContext.open(new DataDirectory(desk).prepare())) {
            assertThat(context.database().vendor()).isEqualTo("postgresql");
            Actor clerk = context.users().actingAs(TestOffice.ADMIN);
            String next = context.intake().receive(clerk, Intakes.accept(context, Intakes.CERTIFIED_COPY)).code();
            // the day's numbering goes on from the moved counter: the next number, no gap, no clash
            assertThat(sequence(next)).isEqualTo(codes.stream().mapToInt(DbMigrateToCliTest::sequence).max().orElseThrow() + 1);
            // identity columns start after the copied rows: the outbox and the audit take new rows
            assertThat(rows(context, "select count(*) from outbox_entry")).isGreaterThan(outboxBefore);
        }
    }

    @Test
    void aServerDatabaseInUseIsRefusedAndNothingChanges() throws Exception {
        String url = PostgresServer.shared().createDatabase("move");
        Path first = dir.resolve("first");
        office(first, 1);
        assertThat(move(first, url).exit()).isZero();
        long dossiers;
        try (AppContext context = AppContext.open(new DataDirectory(first).prepare())) {
            dossiers = rows(context, "select count(*) from dossier");
        }

        Path second = dir.resolve("second");
        office(second, 2);
        CliRun again = move(second, url);

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("đã có dữ liệu").contains("createdb").doesNotContain("Exception");
        try (AppContext context = AppContext.open(new DataDirectory(first).prepare())) {
            assertThat(rows(context, "select count(*) from dossier")).isEqualTo(dossiers);
        }
        try (AppContext context = AppContext.open(new DataDirectory(second).prepare())) {
            assertThat(context.database().vendor()).as("the refused desk keeps its H2 file").isEqualTo("h2");
            assertThat(rows(context, "select count(*) from dossier")).isEqualTo(2);
        }
        CliRun twice = move(first, url);
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("đã dùng máy chủ PostgreSQL");
    }

    @Test
    void aDeskStillOpenIsRefusedAndTheServerStaysEmpty() throws Exception {
        Path desk = dir.resolve("desk");
        office(desk, 1);
        String url = PostgresServer.shared().createDatabase("move");
        CliRun move;
        try (DesktopLock open = DesktopLock.acquire(new DataDirectory(desk))) {
            move = move(desk, url);
        }
        assertThat(move.exit()).isEqualTo(1);
        assertThat(move.err()).contains("đang mở");
        assertThat(Files.exists(new DataDirectory(desk).settingsFile())
                && Files.readString(new DataDirectory(desk).settingsFile()).contains(url)).isFalse();
        // the server was not even migrated into: a later move into it works
        assertThat(move(desk, url).exit()).isZero();
    }

    private CliRun move(Path desk, String url) {
        return CliRun.withStdin(PostgresServer.PASSWORD + "\n", "--data-dir", desk.toString(), "--json",
                "db", "migrate-to", "--url", url, "--user", PostgresServer.USER, "--password-stdin");
    }

    /** An H2 office with {@code n} dossiers received, the first with a scan and handed over. */
    private static List<String> office(Path desk, int n) throws Exception {
        List<String> codes = new ArrayList<>();
        try (AppContext context = TestOffice.initialized(desk)) {
            Actor clerk = context.users().actingAs(TestOffice.ADMIN);
            for (int i = 0; i < n; i++) {
                codes.add(context.intake().receive(clerk, Intakes.accept(context, Intakes.CERTIFIED_COPY)).code());
            }
            String first = codes.get(0);
            String component = context.dossiers().require(first).components().get(0).code();
            context.documents().importFiles(clerk, first, component, List.of(scan(desk.resolve("scan.png"))));
            context.processing().handOver(clerk, first, new HandOver(TestOffice.ADMIN, null, null, null));
        }
        return codes;
    }

    private static Path scan(Path file) throws Exception {
        BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 280);
        g.setColor(Color.BLACK);
        g.drawString("Bản sao CCCD", 20, 30);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    private static String show(Path desk, String code) {
        CliRun show = CliRun.in(desk, "--json", "dossier", "show", code);
        assertThat(show.exit()).as(show.err()).isZero();
        return show.out();
    }

    private static JsonNode table(JsonNode result, String name) {
        for (JsonNode t : result.get("tables")) {
            if (t.get("table").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + name + " in " + result);
    }

    private static long rows(AppContext context, String sql) {
        return context.database().sessionFactory().fromSession(s -> s.doReturningWork(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    /** The daily sequence number at the end of a dossier code (…-261124-0007 → 7). */
    private static int sequence(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }
}
