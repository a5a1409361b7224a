package vn.motcua.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.common.Text;

/**
 * A procedure or component object of a JSON catalogue, read by logical field ({@code time.kind});
 * errors name the n-th procedure, its code and the field's path.
 */
final class JsonRecord implements RecordSource {
    private final String file;
    private final int procedure;
    private final JsonNode node;
    private final String prefix;
    private final String procedureCode;

    JsonRecord(String file, int procedure, JsonNode node, String prefix) {
        this(file, procedure, node, prefix, node.path("code").isTextual() ? Text.nfcOrNull(node.path("code").asText()) : null);
    }

    JsonRecord(String file, int procedure, JsonNode node, String prefix, String procedureCode) {
        this.file = file;
        this.procedure = procedure;
        this.node = node;
        this.prefix = prefix;
        this.procedureCode = procedureCode;
    }

    @Override
    public String text(String field) {
        JsonNode at = node;
        String[] path = field.split("\\.");
        for (int i = 0; i < path.length; i++) {
            if (at == null || at.isMissingNode() || at.isNull()) {
                return null;
            }
            if (!at.isObject()) {
                throw error(String.join(".", java.util.Arrays.copyOf(path, i)), "catalog.problem.notObject");
            }
            at = at.get(path[i]);
        }
        if (at == null || at.isNull() || at.isMissingNode()) {
            return null;
        }
        if (at.isValueNode()) {
            return Text.nfcOrNull(at.asText());
        }
        if (at.isArray()) {
            return bands(field, at);
        }
        throw error(field, "catalog.problem.notValue");
    }

    /** Page bands written as objects, turned into the one text form both formats share. */
    private String bands(String field, JsonNode array) {
        List<String> parts = new ArrayList<>();
        for (JsonNode band : array) {
            if (band.isObject() && band.path("fromPage").isValueNode() && band.path("perPage").isValueNode()) {
                parts.add(band.get("fromPage").asText() + ":" + band.get("perPage").asText());
            } else if (band.isTextual()) {
                parts.add(band.asText());
            } else {
                throw error(field, "catalog.problem.bands", band.toString());
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    @Override
    public CatalogFileException error(String field, String problemKey, Object... args) {
        String path = (prefix + field).replaceAll("\\.$", "");
        return new CatalogFileException(file, new CatalogFileException.JsonField(procedure, procedureCode,
                path.isEmpty() ? "procedures[" + procedure + "]" : path), problemKey, args);
    }
}
