package vn.motcua.reports.index766;

import java.time.LocalDate;
import java.util.List;

/**
 * The Decision 766 index of a period: per group and per indicator what was counted and the
 * points it earned, and the total out of 100. Points are kept unrounded; printing rounds.
 */
public record IndexScore(LocalDate from, LocalDate to, List<GroupScore> groups, double total) {
    public IndexScore {
        groups = List.copyOf(groups);
    }

    /**
     * One indicator: {@code points = weight × min(1, ratio ÷ threshold)}, or the configured
     * zero-denominator rule when there was nothing to count.
     */
    public record IndicatorScore(String id, Unit unit, long numerator, long denominator, double weight, double threshold,
            double points) {
        /** numerator ÷ denominator, or null when the denominator is zero. */
        public Double ratio() {
            return denominator == 0 ? null : (double) numerator / denominator;
        }
    }

    /** One group: its indicators and the sum of their points (at most {@code maxPoints}). */
    public record GroupScore(String id, double maxPoints, List<IndicatorScore> indicators, double points) {
        public GroupScore {
            indicators = List.copyOf(indicators);
        }
    }

    public IndicatorScore indicator(String id) {
        return groups.stream().flatMap(g -> g.indicators().stream()).filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + id));
    }

    public GroupScore group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group " + id));
    }
}
