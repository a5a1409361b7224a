package vn.motcua.reports.index766;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import vn.motcua.common.UserFacingException;

/**
 * The weights and full-marks thresholds of the Decision 766 index (reference §9): five groups
 * with their points, each split into sub-indicators with a weight (points) and a threshold (the
 * share at which the indicator earns its whole weight). The group points come from public
 * provincial pages; the split into sub-indicators is known only from one vendor (verify), so it
 * lives in configuration: the shipped defaults ({@value #DEFAULTS_RESOURCE}) overridden by
 * {@value #FILE_NAME} in the office's data directory.
 *
 * @param zeroDenominator the points an indicator gets when nothing was there to measure
 */
public record IndexConfig(ZeroDenominator zeroDenominator, List<Group> groups) {
    /** The shipped defaults, on the class path next to this class. */
    public static final String DEFAULTS_RESOURCE = "index-766-defaults.json";
    /** The office's override, in the root of its data directory. */
    public static final String FILE_NAME = "index-766.json";

    /** What an indicator scores when its denominator is zero (no dossier to judge). */
    public enum ZeroDenominator {
        /** Nothing to judge costs nothing: the whole weight. */
        FULL,
        /** Nothing to judge earns nothing. */
        ZERO
    }

    /** One of the five groups (nhóm chỉ số) and its sub-indicators, in display order. */
    public record Group(String id, double points, List<Indicator> indicators) {
        public Group {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * One sub-indicator: points = weight × min(1, ratio ÷ threshold).
     *
     * @param threshold the share (0 < threshold ≤ 1) that earns the whole weight, e.g. 0.8
     */
    public record Indicator(String id, double weight, double threshold) {
    }

    public IndexConfig {
        Objects.requireNonNull(zeroDenominator);
        groups = List.copyOf(groups);
    }

    /** The shipped defaults alone. */
    public static IndexConfig defaults() {
        return IndexConfigReader.defaults();
    }

    /**
     * The defaults overridden by {@value #FILE_NAME} in {@code dataDirectory} when that file exists.
     *
     * @throws UserFacingException naming the file and the field when the file is malformed
     */
    public static IndexConfig load(Path dataDirectory) {
        return IndexConfigReader.load(dataDirectory.resolve(FILE_NAME));
    }

    public Group group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserFacingException("index766.unknownGroup", id));
    }

    /** The group that holds indicator {@code id}. */
    public Group groupOf(String indicatorId) {
        return groups.stream().filter(g -> g.indicators().stream().anyMatch(i -> i.id().equals(indicatorId))).findFirst()
                .orElseThrow(() -> new UserFacingException("index766.unknownIndicator", indicatorId));
    }

    public Indicator indicator(String id) {
        return groupOf(id).indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
