package vn.motcua.reports.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.index766.Index766TimelinessTest.at;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every statement the index runs (figures, what-if, click-through), as H2 recorded it, is
 * EXPLAINed: none reads the dossier, rating or day-count table from end to end.
 */
class Index766PlanTest {
    @TempDir
    Path dir;

    @Test
    void noReportQueryScansTheDossierRatingOrDayTable() throws Exception {
        try (IndexOffice office = new IndexOffice(dir, at(3, 2, 8))) {
            String code = office.receive(IndexOffice.RESIDENCE, at(3, 2, 9));
            office.ready(code, at(3, 3, 9));
            office.returned(code, at(3, 3, 10));
            office.rate(code, 1, at(3, 3, 10));
            office.read(s -> s.doReturningWork(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("SET QUERY_STATISTICS TRUE");
                }
                return null;
            }));
            LocalDate from = LocalDate.of(2026, 1, 1);
            LocalDate to = LocalDate.of(2026, 12, 31);
            office.compute(from, to);
            office.read(s -> office.index().whatIf(s, from, to, LocalDate.of(2026, 3, 4)));
            IndexConfig.defaults().groups().forEach(g -> g.indicators().forEach(i -> {
                office.list(from, to, i.id(), Part.NUMERATOR);
                office.list(from, to, i.id(), Part.DENOMINATOR);
            }));
            List<String> plans = office.read(s -> s.doReturningWork(c -> {
                List<String> statements = new ArrayList<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select SQL_STATEMENT from INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                    while (rs.next()) {
                        if (rs.getString(1).contains("from dossier d") || rs.getString(1).contains("from index766_day")) {
                            statements.add(rs.getString(1));
                        }
                    }
                }
                List<String> explained = new ArrayList<>();
                for (String sql : statements) {
                    try (var ps = c.prepareStatement("EXPLAIN " + sql)) {
                        for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                            ps.setObject(i, OffsetDateTime.now());
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            explained.add(rs.getString(1));
                        }
                    }
                }
                return explained;
            }));
            assertThat(plans).hasSizeGreaterThan(20);
            assertThat(plans).allSatisfy(plan -> assertThat(plan).doesNotContain("DOSSIER.tableScan", "DOSSIER_RATING.tableScan",
                    "INDEX766_DAY.tableScan"));
            assertThat(plans).as("the received and resolved shares: a range of the day counts' key")
                    .anySatisfy(plan -> assertThat(plan).contains("\"INDEX766_DAY\"", "PRIMARY_KEY", "ON_DAY >= ?"));
        }
    }
}
