package vn.motcua.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.dashboard.DashboardOffice.TODAY;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's own statements (overdue, due this week, at risk, their click-through), as H2
 * recorded them, are EXPLAINed: each is a range of the open-due index, never a dossier table scan.
 * (The rates and the index reuse statements {@code OnTimeReport} and {@code Index766} test.)
 */
class DashboardPlanTest {
    @TempDir
    Path dir;

    @Test
    void theOpenDossierCountsAreIndexRanges() {
        try (DashboardOffice o = DashboardOffice.autumn(dir)) {
            o.read(s -> s.doReturningWork(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("SET QUERY_STATISTICS TRUE");
                }
                return null;
            }));
            o.read(s -> o.dashboard().tiles(s, TODAY));
            o.read(s -> o.dashboard().atRisk(s, TODAY, 20));
            o.read(s -> o.dashboard().dossiers(s, Tile.OVERDUE, TODAY, 0, 20));
            o.read(s -> o.dashboard().dossiers(s, Tile.DUE_THIS_WEEK, TODAY, 0, 20));
            o.read(s -> o.dashboard().lines(s, List.of(o.code("R1"), o.code("R2")), TODAY));
            List<String> plans = o.read(s -> s.doReturningWork(c -> {
                List<String> statements = new ArrayList<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select SQL_STATEMENT from INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                    while (rs.next()) {
                        String sql = rs.getString(1);
                        if (sql.contains("from dossier d") && (sql.contains("open_due_at <") || sql.contains("d.code in"))) {
                            statements.add(sql);
                        }
                    }
                }
                List<String> explained = new ArrayList<>();
                for (String sql : statements) {
                    try (var ps = c.prepareStatement("EXPLAIN " + sql)) {
                        for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                            ps.setObject(i, sql.contains("d.code in") ? "x" : OffsetDateTime.now());
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            explained.add(sql + "\n" + rs.getString(1));
                        }
                    }
                }
                return explained;
            }));
            // H2 keeps one entry per statement text: the range count, the page of codes, the at-risk lines, the lines by code
            assertThat(plans).hasSize(4);
            assertThat(plans).allSatisfy(plan -> assertThat(plan).doesNotContain("DOSSIER.tableScan"));
            assertThat(plans).filteredOn(p -> p.contains("where d.open_due_at"))
                    .allSatisfy(plan -> assertThat(plan).containsIgnoringCase("IX_DOSSIER_OPEN_DUE"));
            assertThat(plans).filteredOn(p -> p.contains("d.code in"))
                    .singleElement().satisfies(plan -> assertThat(plan).containsIgnoringCase("UQ_DOSSIER_CODE"));
        }
    }
}
