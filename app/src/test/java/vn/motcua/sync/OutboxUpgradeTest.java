package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.storage.DataDirectory;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.sim.SimPortal;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/**
 * Fault 37: a desk upgraded with a non-empty outbox. The outbox is filled under the V13 schema
 * (Flyway target 13), the desk then opens (V14 migrates it) and syncs: every action lands
 * once, what was sent before the upgrade is not sent again, a row that needed attention is
 * still rejected and still blocks only its own dossier.
 */
class OutboxUpgradeTest {
    @TempDir
    Path tmp;

    private static final String CODE_X = "000.00.06.H56-261120-0001";
    private static final String CODE_Y = "000.00.06.H56-261120-0002";

    @Test
    void fault37_anOutboxWrittenUnderV13SurvivesTheUpgradeAndLandsOnce() throws Exception {
        DataDirectory dir = new DataDirectory(tmp).prepare();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.databaseFile());
        ds.setUser("sa");
        ds.setPassword("");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .failOnMissingLocations(false).target("13").load().migrate();

        TestClock clock = new TestClock(Instant.parse("2026-11-20T02:00:00Z"));
        SimPortal portal = new SimPortal(TestOffice.AGENCY, SyncFixture.CLIENT, clock, Duration.ZERO);
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        UUID z = UUID.randomUUID();
        UUID sentX = UUID.randomUUID();
        String receiveX = "{\"id\":\"" + x + "\",\"MaHoSo\":\"" + CODE_X + "\",\"TrangThaiHoSo\":2}";
        portal.authenticate();
        // what the old desk had sent before the upgrade (it added no deviceTime then; the new sender does, frozen at queueing)
        portal.putDossier(x, sentX, null, ActionCalls.received(new ActionCalls.Call(sentX, x, "RECEIVE", receiveX,
                clock.instant(), null)));
        UUID handOverX = UUID.randomUUID();
        UUID receiveY = UUID.randomUUID();
        UUID attentionZ = UUID.randomUUID();
        UUID behindZ = UUID.randomUUID();
        try (Connection c = ds.getConnection()) {
            insert(c, sentX, x, "RECEIVE", receiveX, "SENT", clock.instant());
            insert(c, handOverX, x, "HAND_OVER", "{\"id\":\"" + x + "\",\"MaHoSo\":\"" + CODE_X + "\",\"TrangThaiHoSo\":4}", "PENDING", null);
            insert(c, receiveY, y, "RECEIVE", "{\"id\":\"" + y + "\",\"MaHoSo\":\"" + CODE_Y + "\",\"TrangThaiHoSo\":2}", "PENDING", null);
            insert(c, attentionZ, z, "HAND_OVER", "{\"id\":\"" + z + "\",\"TrangThaiHoSo\":4}", "NEEDS_ATTENTION", null);
            insert(c, behindZ, z, "RATE", "{\"id\":\"" + z + "\",\"MucDoHaiLong\":1}", "PENDING", null);
        }

        try (AppContext context = TestOffice.initialized(tmp, clock)) { // opens, migrates to the latest version
            var db = context.database().sessionFactory();
            assertThat(Integer.parseInt(context.database().schemaVersion())).isGreaterThanOrEqualTo(14);
            OutboxEntry sent = db.fromTransaction(s -> s.find(OutboxEntry.class, sentX));
            assertThat(sent.state()).isEqualTo(State.DONE);
            assertThat(sent.doneAt()).isEqualTo(clock.instant());
            assertThat(db.fromTransaction(s -> s.find(OutboxEntry.class, attentionZ)).state()).isEqualTo(State.REJECTED);
            assertThat(db.fromTransaction(s -> s.find(OutboxEntry.class, handOverX)).state()).isEqualTo(State.PENDING);

            SyncRunner runner = new SyncRunner(db, portal, context.documents().store(),
                    new vn.motcua.dossier.PortalDossiers(context.audit(), clock), TestOffice.AGENCY, SyncFixture.CLIENT, "desk", clock,
                    new java.util.Random(1));
            runner.sleeper(clock::advance);
            SyncRunner.RunReport r = runner.runUntilEmpty(Duration.ofHours(1));
            assertThat(r.waiting()).isEqualTo(1);
            assertThat(r.blocked()).isEqualTo(1); // z's rating waits behind the rejected row, as before the upgrade
            assertThat(db.fromTransaction(s -> s.find(OutboxEntry.class, handOverX)).state()).isEqualTo(State.DONE);
            assertThat(db.fromTransaction(s -> s.find(OutboxEntry.class, receiveY)).state()).isEqualTo(State.DONE);
            assertThat(portal.applied.get(sentX)).isEqualTo(1); // not sent again
            assertThat(portal.applied.get(handOverX)).isEqualTo(1);
            assertThat(portal.dossiers).containsOnlyKeys(x, y);
            assertThat(portal.dossiers.get(x).status).isEqualTo(4);
        }
    }

    private static void insert(Connection c, UUID id, UUID aggregate, String action, String payload, String state, Instant sentAt)
            throws Exception {
        try (PreparedStatement st = c.prepareStatement("insert into outbox_entry (id, aggregate_type, aggregate_id, action, payload,"
                + " created_at, state, attempts, next_attempt_at, last_error, sent_at, version) values (?, 'dossier', ?, ?, ?, ?, ?, 0, ?, ?, ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.parse("2026-11-20T02:00:00Z"));
            st.setObject(1, id);
            st.setObject(2, aggregate);
            st.setString(3, action);
            st.setString(4, payload);
            st.setTimestamp(5, now);
            st.setString(6, state);
            st.setTimestamp(7, state.equals("PENDING") ? now : null);
            st.setString(8, state.equals("NEEDS_ATTENTION") ? "refused by the portal" : null);
            st.setTimestamp(9, sentAt == null ? null : Timestamp.from(sentAt));
            st.executeUpdate();
        }
    }
}
