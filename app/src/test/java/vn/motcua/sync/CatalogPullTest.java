package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFee;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditEntry;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.sync.http.HttpPortalAdapter;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/**
 * Fault 32 over real HTTP: the province publishes another catalogue on the sandbox portal while
 * dossiers are being processed at the desk. The desk takes it once (a 304 afterwards), open
 * dossiers keep the version and due date they were received with, new ones use the new
 * version; a catalogue the desk cannot take changes nothing and leaves one notice with the reason.
 */
class CatalogPullTest {
    private static final String STARTER = "starter-2025.07";

    @TempDir
    Path dir;
    final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 24, 8, 0));
    AppContext desk;
    PortalHarness portal;
    HttpPortalAdapter adapter;
    CatalogPull pull;
    Actor clerk;

    @BeforeEach
    void open() {
        desk = TestOffice.initialized(dir.resolve("desk"), clock);
        portal = PortalHarness.start(dir.resolve("portal"));
        portal.connect(desk);
        adapter = portal.adapter();
        pull = new CatalogPull(desk.database().sessionFactory(), desk.catalog(), clock, Duration.ofHours(1));
        clerk = Processing.staff(desk)[0];
    }

    @AfterEach
    void close() {
        portal.close();
        desk.close();
    }

    @Test
    void fault32_theShippedCatalogueOnThePortalIsRecognisedAsHeldAndThen304() {
        assertThat(pull.pull(adapter).result()).isEqualTo(CatalogPull.Result.SAME);
        assertThat(pull.pull(adapter).result()).isEqualTo(CatalogPull.Result.UNCHANGED);
        assertThat(desk.catalog().versions()).extracting(CatalogVersion::version).containsExactly(STARTER);
        assertThat(desk.syncNotices().openCount()).isZero();
    }

    @Test
    void fault32_aChangedCatalogueIsImportedOnceOpenDossiersKeepTheirVersionAndNewOnesUseIt() throws Exception {
        String before = Processing.receive(desk, clerk); // residence: 7 working days, 20 000 đ under the starter
        Dossier open = dossier(before);

        SandboxClient.of(portal.url()).publishCatalog(changedCatalogue("2026.01", 10, 30000));
        SyncRunner runner = desk.sync().runner(); // the chore wired in the composition root takes it
        runner.runOnce();
        assertThat(desk.catalog().versions()).extracting(CatalogVersion::version).containsExactly(STARTER, "2026.01");
        assertThat(pull.pull(adapter)).isEqualTo(new CatalogPull.Outcome(CatalogPull.Result.UNCHANGED, "2026.01", null));
        runner.runOnce();
        assertThat(desk.catalog().versions()).as("imported once").hasSize(2);

        Dossier kept = dossier(before);
        assertThat(kept.catalogVersion()).isEqualTo(STARTER);
        assertThat(kept.dueAt()).isEqualTo(open.dueAt());
        assertThat(fees(kept)).containsExactly(20000L);

        String after = Processing.receive(desk, clerk);
        Dossier fresh = dossier(after);
        assertThat(fresh.catalogVersion()).isEqualTo("2026.01");
        assertThat(fresh.receivedAt()).isEqualTo(open.receivedAt());
        assertThat(fresh.dueAt()).as("10 working days instead of 7").isAfter(open.dueAt());
        assertThat(fees(fresh)).containsExactly(30000L);

        List<SyncNotice> notices = desk.syncNotices().open(10);
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(SyncNotice.Kind.CATALOG_UPDATED);
            assertThat(n.oldValue()).isEqualTo(STARTER);
            assertThat(n.newValue()).isEqualTo("2026.01");
            assertThat(n.messageArgs()).containsExactly("2026.01", STARTER, 0L, 1L, 0L);
            assertThat(Messages.of(Language.VI).get(n.messageKey(), n.messageArgs())).contains("2026.01").contains("sửa 1");
        });
        assertThat(audit("CATALOG_IMPORT")).singleElement().satisfies(a -> {
            assertThat(a.actorName()).isEqualTo(Actor.SYSTEM.username());
            assertThat(a.detail()).contains("version=2026.01").contains("changed=1");
        });
    }

    @Test
    void fault32_aCatalogueThatFailsTheChecksImportsNothingAndLeavesOneNoticeWithTheReason() throws Exception {
        String bad = changedCatalogue("2026.02", 0, 30000); // "0 working days" is refused by the same checks as a file
        SandboxClient.of(portal.url()).publishCatalog(bad);

        CatalogPull.Outcome refused = pull.pull(adapter);
        assertThat(refused.result()).isEqualTo(CatalogPull.Result.REFUSED);
        assertThat(refused.version()).isEqualTo("2026.02");
        assertThat(desk.catalog().versions()).extracting(CatalogVersion::version).containsExactly(STARTER);
        assertThat(pull.pull(adapter).result()).as("not asked again at once").isEqualTo(CatalogPull.Result.WAITING);
        clock.advance(Duration.ofHours(2));
        assertThat(pull.pull(adapter).result()).as("the portal still serves it").isEqualTo(CatalogPull.Result.UNCHANGED);

        SyncNotice n = desk.syncNotices().open(10).get(0);
        assertThat(desk.syncNotices().openCount()).isOne();
        assertThat(n.kind()).isEqualTo(SyncNotice.Kind.CATALOG_REFUSED);
        assertThat(n.newValue()).isEqualTo("2026.02");
        assertThat(n.detail()).contains("1.004222").contains("thời hạn");
        assertThat(Messages.of(Language.EN).get(n.messageKey(), n.messageArgs())).contains("2026.02").contains("could not be imported");
        SyncCatalogRow row = desk.database().sessionFactory().fromTransaction(SyncCatalogRow::of);
        assertThat(row.problem()).isEqualTo(n.detail());
        assertThat(audit("CATALOG_IMPORT")).isEmpty();

        // the province fixes it under a new version: taken, the problem cleared
        SandboxClient.of(portal.url()).publishCatalog(changedCatalogue("2026.03", 10, 30000));
        clock.advance(Duration.ofHours(2));
        assertThat(pull.pull(adapter).result()).isEqualTo(CatalogPull.Result.IMPORTED);
        assertThat(desk.database().sessionFactory().fromTransaction(SyncCatalogRow::of).problem()).isNull();
        assertThat(desk.catalog().current().version()).isEqualTo("2026.03");
    }

    @Test
    void fault32_aCatalogueThatIsNotJsonImportsNothingAndIsReportedOnceWhileItLasts() throws Exception {
        String broken = changedCatalogue("2026.04", 10, 30000);
        SandboxClient.of(portal.url()).publishCatalog(broken.substring(0, broken.length() / 2)); // cut in the middle

        assertThat(pull.pull(adapter).result()).isEqualTo(CatalogPull.Result.REFUSED);
        clock.advance(Duration.ofHours(2));
        assertThat(pull.pull(adapter).result()).as("asked again, refused again").isEqualTo(CatalogPull.Result.REFUSED);
        assertThat(desk.catalog().versions()).hasSize(1);
        assertThat(desk.syncNotices().open(10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(SyncNotice.Kind.CATALOG_REFUSED);
            assertThat(n.newValue()).startsWith("sha256:");
            assertThat(n.detail()).contains("JSON");
        });
    }

    private Dossier dossier(String code) {
        return desk.dossierQuery().story(code).dossier();
    }

    private List<Long> fees(Dossier d) {
        return desk.dossiers().fees(d.id()).stream().map(DossierFee::amount).toList();
    }

    private List<AuditEntry> audit(String action) {
        return desk.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "from AuditEntry a where a.action = :a", AuditEntry.class).setParameter("a", action).getResultList());
    }

    /** The shipped starter with another version name, residence registration's days and fee changed. */
    static String changedCatalogue(String version, int residenceDays, long residenceFee) throws Exception {
        ObjectNode root;
        try (InputStream in = CatalogPullTest.class.getClassLoader().getResourceAsStream("data/catalog/starter-2025.07.json")) {
            root = (ObjectNode) Json.MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        root.put("version", version);
        root.put("issued", "2026-01-01");
        for (var p : root.get("procedures")) {
            if (p.get("code").asText().equals(Intakes.RESIDENCE)) {
                ((ObjectNode) p.get("time")).put("amount", residenceDays).put("text", residenceDays + " ngày làm việc");
                ((ObjectNode) p.get("fee")).put("amount", residenceFee);
            }
        }
        return root.toString();
    }
}
