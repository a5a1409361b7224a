package vn.motcua.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.BudgetKind;
import vn.motcua.common.UserFacingException;

/**
 * The catalogue's JSON form: the shipped starter, an administrator's JSON import and the document
 * stored with each version all use it. Writing then reading gives the same procedures.
 */
public final class CatalogJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private CatalogJson() {
    }

    /** Reads and checks a catalogue document; {@code file} names it in error messages. */
    static ParsedCatalog read(String text, String file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new UserFacingException(e, "catalog.jsonSyntax", file, String.valueOf(at == null ? 0 : at.getLineNr()),
                    String.valueOf(at == null ? 0 : at.getColumnNr()));
        }
        if (root == null || !root.isObject() || !root.path("procedures").isArray()) {
            throw new UserFacingException("catalog.jsonShape", file);
        }
        List<Procedure> procedures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int index = 0;
        for (JsonNode p : root.get("procedures")) {
            index++;
            JsonRecord record = new JsonRecord(file, index, p, "");
            if (!p.isObject()) {
                throw record.error("", "catalog.problem.notObject");
            }
            List<RequiredComponent> components = components(file, index, p, record);
            Procedure procedure = CatalogReader.procedure(record, components);
            Integer earlier = seen.putIfAbsent(procedure.code(), index);
            if (earlier != null) {
                throw record.error("code", "catalog.problem.duplicateProcedureJson", procedure.code(), String.valueOf(earlier));
            }
            procedures.add(procedure);
        }
        if (procedures.isEmpty()) {
            throw new UserFacingException("catalog.noProcedures", file);
        }
        String version = new JsonRecord(file, 0, root, "").text("version");
        if (version != null && version.length() > 64) {
            throw new UserFacingException("catalog.versionTooLong", file, version);
        }
        return new ParsedCatalog(version, new JsonRecord(file, 0, root, "").text("source"), issued(root, file), procedures);
    }

    private static List<RequiredComponent> components(String file, int index, JsonNode p, JsonRecord procedure) {
        JsonNode list = p.path("components");
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw procedure.error("components", "catalog.problem.notList");
        }
        List<RequiredComponent> components = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonRecord c = new JsonRecord(file, index, list.get(i), "components[" + (i + 1) + "].", p.path("code").asText(null));
            if (!list.get(i).isObject()) {
                throw c.error("", "catalog.problem.notObject");
            }
            RequiredComponent component = CatalogReader.component(c);
            if (seen.putIfAbsent(component.code(), i + 1) != null) {
                throw c.error("code", "catalog.problem.duplicateComponent", component.code());
            }
            components.add(component);
        }
        return components;
    }

    private static LocalDate issued(JsonNode root, String file) {
        String text = new JsonRecord(file, 0, root, "").text("issued");
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "catalog.badIssued", file, text);
        }
    }

    /** The canonical document of a version: one line, fields in a fixed order. */
    static String write(String version, String source, LocalDate issued, List<Procedure> procedures) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "motcua-catalog");
        root.put("version", version);
        root.put("source", source);
        if (issued != null) {
            root.put("issued", issued.toString());
        }
        root.put("procedures", procedures.stream().map(CatalogJson::toJson).toList());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps always serialize", e);
        }
    }

    /** One procedure in the file schema (also what {@code catalog list --json} prints). */
    public static Map<String, Object> toJson(Procedure p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", p.code());
        json.put("name", p.name());
        json.put("field", p.field());
        json.put("time", toJson(p.time()));
        json.put("fee", toJson(p.fee()));
        json.put("components", p.components().stream().map(CatalogJson::toJson).toList());
        return json;
    }

    public static Map<String, Object> toJson(TimeRule t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", Choice.code(t.budget().kind()));
        if (t.budget().amount() > 0) {
            json.put("amount", t.budget().amount());
        }
        if (t.budget().kind() == BudgetKind.SAME_DAY) {
            json.put("cutoff", t.budget().cutoff().toString());
        } else if (t.startsNextDayAfter() != null) {
            json.put("cutoff", t.startsNextDayAfter().toString());
        }
        json.put("text", t.legalTimeText());
        return json;
    }

    public static Map<String, Object> toJson(FeeRule f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", Choice.code(f.kind()));
        json.put("code", f.code());
        json.put("name", f.name());
        if (f.kind() == FeeKind.PER_CASE || f.kind() == FeeKind.PER_COPY) {
            json.put("amount", f.amount());
            json.put("onlineAmount", f.onlineAmount());
        }
        if (f.kind() == FeeKind.PER_PAGE) {
            json.put("bands", f.bands().stream().map(b -> Map.of("fromPage", b.fromPage(), "perPage", b.perPage())).toList());
            json.put("capPerCopy", f.capPerCopy());
        }
        if (f.note() != null) {
            json.put("note", f.note());
        }
        return json;
    }

    public static Map<String, Object> toJson(RequiredComponent c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", c.code());
        json.put("name", c.name());
        json.put("originals", c.originals());
        json.put("certifiedCopies", c.certifiedCopies());
        json.put("photocopies", c.photocopies());
        json.put("source", Choice.code(c.source()));
        json.put("mandatory", c.mandatory());
        return json;
    }
}
