package vn.motcua.reports.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.index766.Index766TimelinessTest.at;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.testing.TestDatabase;

/**
 * V25's backfill, as each vendor's migration file spells it, counts an office's dossiers as the
 * trigger counted them while they were written: the day counts are wiped and rebuilt by the
 * migration's own INSERT … SELECT, on H2 and on PostgreSQL (receipts at 00:30 and 23:30 Vietnam
 * time, online, paid by transfer, scanned, finished with a result, refused).
 */
class DayCountsBackfillTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theMigrationsBackfillCountsWhatTheTriggerCounted(TestDatabase database) throws Exception {
        try (IndexOffice office = new IndexOffice(dir, at(3, 1, 0), database)) {
            String early = office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(3, 1, 0).plusMinutes(30));
            office.pay(early, PaymentMethod.TRANSFER, at(3, 1, 8));
            office.scanInput(early);
            office.ready(early, at(3, 2, 23).plusMinutes(30));
            office.scanResult(early);
            String late = office.receive(IndexOffice.RESIDENCE, at(3, 3, 23).plusMinutes(30));
            String returned = office.receive(IndexOffice.BIRTH, at(3, 4, 9));
            office.ready(returned, at(3, 4, 10));
            office.returned(returned, at(3, 4, 11));
            office.close(office.receive(IndexOffice.RESIDENCE, at(3, 5, 9)), DossierStatus.REFUSED, at(3, 5, 10));
            office.pay(late, PaymentMethod.CASH, at(3, 4, 8));
            List<String> counted = office.read(DayCountsBackfillTest::days);
            assertThat(counted).hasSizeGreaterThan(3);

            String backfill = backfill(database == TestDatabase.H2 ? "h2" : "postgresql");
            List<String> rebuilt = office.read(s -> {
                s.createNativeMutationQuery("delete from index766_day").executeUpdate();
                s.createNativeMutationQuery(backfill).executeUpdate();
                return days(s);
            });
            assertThat(rebuilt).isEqualTo(counted);
        }
    }

    /** The non-zero day rows as text, in key order. */
    private static List<String> days(Session s) {
        return s.createNativeQuery("select on_day, procedure_code, " + String.join(", ", DayRollup.COUNTS) + " from index766_day"
                + " where received <> 0 or resolved <> 0 order by on_day, procedure_code", Object[].class).getResultList().stream()
                .map(java.util.Arrays::toString).toList();
    }

    /** The INSERT … SELECT of the vendor's V25 migration, as shipped. */
    private static String backfill(String vendor) throws Exception {
        try (InputStream in = DayCountsBackfillTest.class.getResourceAsStream("/db/migration/" + vendor + "/V25__index766_days.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            int start = sql.indexOf("insert into index766_day (on_day");
            return sql.substring(start, sql.indexOf(';', start));
        }
    }
}
