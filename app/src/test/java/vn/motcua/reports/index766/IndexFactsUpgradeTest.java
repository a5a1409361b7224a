package vn.motcua.reports.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.index766.Index766TimelinessTest.at;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.storage.DataDirectory;

/**
 * An office upgraded to V22 and V25 gets the facts and the day counts of the dossiers it already
 * holds: documents and fees are made through the services, the database is then put back as it
 * was before V22 (column, indexes, V25's table and trigger and Flyway's record of them gone), and
 * opening it again migrates and backfills — the days by Vietnam time (two receipts around the
 * period's first midnight, the previous day in UTC for both).
 */
class IndexFactsUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void dossiersMadeBeforeV22GetTheirFactsWhenTheOfficeUpgrades() throws Exception {
        String a;
        String b;
        String c;
        IndexScore before;
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        try (IndexOffice office = new IndexOffice(dir, at(3, 2, 8))) {
            a = office.receive(IndexOffice.RESIDENCE, at(3, 2, 9)); // scanned, paid by transfer, result scanned
            office.scanInput(a);
            office.pay(a, PaymentMethod.TRANSFER, at(3, 2, 10));
            office.ready(a, at(3, 3, 9));
            office.scanResult(a);
            b = office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(3, 4, 9)); // reuses a's scan, paid cash
            office.reuseEarlierScan(b);
            office.pay(b, PaymentMethod.CASH, at(3, 4, 10));
            c = office.receive(IndexOffice.BIRTH, at(3, 5, 9)); // nothing
            office.receive(IndexOffice.BIRTH, Channel.ONLINE, at(3, 1, 0).plusMinutes(30)); // counts in March
            office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(2, 28, 23).plusMinutes(30)); // does not
            office.clock.set(at(4, 10, 8));
            before = office.compute(from, to);
        }
        DataDirectory data = new DataDirectory(dir.resolve("office")).prepare();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(vn.motcua.testing.H2Login.url(data.databaseFile(), ""));
        ds.setUser("sa");
        ds.setPassword(vn.motcua.testing.H2Login.password(data.databaseFile()));
        try (Connection conn = ds.getConnection(); Statement st = conn.createStatement()) {
            for (String ix : new String[] {"ix_dossier_766", "ix_dossier_766_finished", "ix_sync_conflict_open", "ix_sync_dossier_incoming"}) {
                st.execute("drop index " + ix);
            }
            st.execute("alter table dossier drop column idx_facts");
            // the migrations after V22 are undone too, so the history stays 1..n (V23: account lockout columns;
            // V24: the audit trail's query indexes; V25: the day counts)
            st.execute("alter table app_user drop column locked_until");
            st.execute("alter table app_user drop column last_login_at");
            st.execute("drop index ix_audit_entry_actor");
            st.execute("drop index ix_audit_entry_action");
            st.execute("drop trigger dossier_index766_day");
            st.execute("drop table index766_day");
            assertThat(st.executeUpdate("delete from \"flyway_schema_history\" where \"version\" in ('22', '23', '24', '25')"))
                    .isEqualTo(4);
        }
        try (AppContext context = AppContext.open(data)) {
            assertThat(context.database().schemaVersion()).isEqualTo(String.valueOf(vn.motcua.storage.Database.SCHEMA_VERSION));
            java.util.Map<String, Integer> facts = new java.util.HashMap<>();
            context.database().sessionFactory().inTransaction(s -> s.createNativeQuery("select code, idx_facts from dossier",
                    Object[].class).getResultList().forEach(row -> facts.put((String) row[0], ((Number) row[1]).intValue())));
            assertThat(facts).containsEntry(a, 1 + 4 + 8 + 16).containsEntry(b, 2 + 8).containsEntry(c, 0);
            IndexScore after = context.database().sessionFactory().fromTransaction(s ->
                    new Index766(IndexConfig.defaults(), new OnTimeTimeliness(new vn.motcua.reports.OnTimeReport(
                            java.time.Clock.fixed(at(4, 10, 8).atZone(vn.motcua.calendar.WorkCalendar.ZONE).toInstant(),
                                    vn.motcua.calendar.WorkCalendar.ZONE)))).compute(s, from, to));
            assertThat(after).isEqualTo(before);
            IndexScore.IndicatorScore online = after.groups().stream().flatMap(g -> g.indicators().stream())
                    .filter(i -> i.id().equals("onlineSubmission")).findFirst().orElseThrow();
            assertThat(new long[] {online.numerator(), online.denominator()}).as("b and 00:30 on 1 March of a, b, c and it")
                    .containsExactly(2, 4);
        }
    }
}
