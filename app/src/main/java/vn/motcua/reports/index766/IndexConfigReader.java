package vn.motcua.reports.index766;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.common.UserFacingException;

/**
 * Reads the index configuration: the shipped defaults, then the office's file laid over them
 * value by value (a file may give only the values it changes), then checks the result. Every
 * refusal names the file and the field so the administrator can fix it.
 */
final class IndexConfigReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EPSILON = 1e-6;

    private IndexConfigReader() {
    }

    static IndexConfig defaults() {
        try (InputStream in = IndexConfig.class.getResourceAsStream(IndexConfig.DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + IndexConfig.DEFAULTS_RESOURCE);
            }
            return read(IndexConfig.DEFAULTS_RESOURCE, JSON.readTree(in), null);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable resource " + IndexConfig.DEFAULTS_RESOURCE, e);
        }
    }

    static IndexConfig load(Path file) {
        IndexConfig base = defaults();
        if (!Files.exists(file)) {
            return base;
        }
        String name = file.toString();
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "index766.config.syntax", name, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserFacingException(e, "index766.config.unreadable", name, String.valueOf(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new UserFacingException("index766.config.syntax", name, "not a JSON object");
        }
        return read(name, node, base);
    }

    /** {@code node} laid over {@code base} (null: {@code node} must be complete, as the defaults are). */
    private static IndexConfig read(String file, JsonNode node, IndexConfig base) {
        IndexConfig.ZeroDenominator zero = base == null ? null : base.zeroDenominator();
        JsonNode z = node.get("zeroDenominator");
        if (z != null) {
            try {
                zero = IndexConfig.ZeroDenominator.valueOf(z.asText().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("index766.config.badChoice", file, "zeroDenominator", z.asText(), "FULL, ZERO");
            }
        }
        allowOnly(file, "", node, List.of("comment", "zeroDenominator", "groups"));
        JsonNode groupsNode = node.path("groups");
        List<IndexConfig.Group> groups = new ArrayList<>();
        if (base == null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = groupsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> g = it.next();
                groups.add(group(file, g.getKey(), g.getValue(), null));
            }
        } else {
            List<String> known = base.groups().stream().map(IndexConfig.Group::id).toList();
            allowOnly(file, "groups.", groupsNode, known);
            for (IndexConfig.Group g : base.groups()) {
                groups.add(group(file, g.id(), groupsNode.path(g.id()), g));
            }
        }
        IndexConfig config = new IndexConfig(zero, groups);
        check(file, config);
        return config;
    }

    private static IndexConfig.Group group(String file, String id, JsonNode node, IndexConfig.Group base) {
        String path = "groups." + id;
        allowOnly(file, path + ".", node, List.of("points", "indicators"));
        double points = number(file, path + ".points", node.get("points"), base == null ? null : base.points(), 0, 100);
        JsonNode indicatorsNode = node.path("indicators");
        List<IndexConfig.Indicator> indicators = new ArrayList<>();
        if (base == null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = indicatorsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> i = it.next();
                indicators.add(indicator(file, path + ".indicators." + i.getKey(), i.getKey(), i.getValue(), null));
            }
        } else {
            allowOnly(file, path + ".indicators.", indicatorsNode, base.indicators().stream().map(IndexConfig.Indicator::id).toList());
            for (IndexConfig.Indicator i : base.indicators()) {
                indicators.add(indicator(file, path + ".indicators." + i.id(), i.id(), indicatorsNode.path(i.id()), i));
            }
        }
        return new IndexConfig.Group(id, points, indicators);
    }

    private static IndexConfig.Indicator indicator(String file, String path, String id, JsonNode node, IndexConfig.Indicator base) {
        allowOnly(file, path + ".", node, List.of("weight", "threshold"));
        double weight = number(file, path + ".weight", node.get("weight"), base == null ? null : base.weight(), 0, 100);
        double threshold = number(file, path + ".threshold", node.get("threshold"), base == null ? null : base.threshold(), 0.01, 1);
        return new IndexConfig.Indicator(id, weight, threshold);
    }

    private static double number(String file, String field, JsonNode value, Double base, double min, double max) {
        if (value == null || value.isMissingNode()) {
            if (base == null) {
                throw new UserFacingException("index766.config.missing", file, field);
            }
            return base;
        }
        if (!value.isNumber() || value.asDouble() < min - EPSILON || value.asDouble() > max + EPSILON) {
            throw new UserFacingException("index766.config.outOfRange", file, field, value.toString(), plain(min), plain(max));
        }
        return value.asDouble();
    }

    /** A field the index does not have is a typo the administrator must hear about, not a value silently ignored. */
    private static void allowOnly(String file, String prefix, JsonNode node, List<String> allowed) {
        if (node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            throw new UserFacingException("index766.config.notObject", file, prefix.isEmpty() ? "/" : prefix.substring(0, prefix.length() - 1));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new UserFacingException("index766.config.unknownField", file, prefix + name, String.join(", ", allowed));
            }
        }
    }

    private static void check(String file, IndexConfig config) {
        double total = 0;
        for (IndexConfig.Group g : config.groups()) {
            double sum = g.indicators().stream().mapToDouble(IndexConfig.Indicator::weight).sum();
            if (Math.abs(sum - g.points()) > EPSILON) {
                throw new UserFacingException("index766.config.weightSum", file, g.id(), plain(sum), plain(g.points()));
            }
            total += g.points();
        }
        if (Math.abs(total - 100) > EPSILON) {
            throw new UserFacingException("index766.config.totalPoints", file, plain(total));
        }
    }

    /** 18 rather than 18.0, 0.8 as it is: numbers as the administrator wrote them. */
    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
