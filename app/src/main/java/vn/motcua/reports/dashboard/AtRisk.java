package vn.motcua.reports.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The open dossiers that drag the on-time rate down: overdue now or due this working week,
 * soonest first ({@code lines}, at most the limit asked) and how many there are in all.
 */
public record AtRisk(List<Line> lines, long total, WorkingWeek week) {
    public AtRisk {
        lines = List.copyOf(lines);
    }

    /** One dossier at risk; {@code overdue} when its due day is before today. */
    public record Line(String code, String applicant, String procedure, Instant due, String handler, boolean overdue) {
    }
}
