package vn.motcua.dossier.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.common.UserFacingException;

/**
 * Reads one JSON Lines record with Jackson's streaming parser: no tree, no data binding, so a
 * million lines cost little more than the bytes. Unknown fields are skipped (exports carry more
 * than the desk needs); a field of the wrong shape refuses the line naming the field.
 */
final class HistoryLineReader {
    private final JsonFactory factory = new JsonFactory();

    HistoryLine read(String line) {
        try (JsonParser p = factory.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UserFacingException("history.line.notRecord");
            }
            Map<String, String> top = new HashMap<>();
            HistoryLine.Applicant applicant = null;
            List<HistoryLine.Event> events = new ArrayList<>();
            String procedureName = null;
            String procedureField = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "applicant" -> applicant = applicant(p, value);
                    case "events" -> events = events(p, value);
                    case "procedure" -> {
                        if (value == JsonToken.START_OBJECT) { // {"code", "name", "field"}: a procedure no longer in the catalogue
                            Map<String, String> proc = scalars(p, "procedure");
                            top.put("procedure", proc.get("code"));
                            procedureName = proc.get("name");
                            procedureField = proc.get("field");
                        } else {
                            top.put("procedure", scalar(p, value, "procedure"));
                        }
                    }
                    default -> {
                        if (value.isScalarValue()) {
                            top.put(field, scalar(p, value, field));
                        } else {
                            p.skipChildren();
                        }
                    }
                }
            }
            if (p.nextToken() != null) {
                throw new UserFacingException("history.line.trailing");
            }
            return new HistoryLine(top.get("code"), top.get("procedure"),
                    procedureName != null ? procedureName : top.get("procedureName"), procedureField, top.get("channel"),
                    top.get("applicantType"), top.get("receivedAt"), top.get("dueAt"), top.get("receivedBy"), top.get("sets"),
                    applicant, events);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("history.line.notJson", e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static HistoryLine.Applicant applicant(JsonParser p, JsonToken value) throws IOException {
        expect(value, JsonToken.START_OBJECT, "history.line.notObject", "applicant");
        Map<String, String> a = scalars(p, "applicant");
        return new HistoryLine.Applicant(a.get("fullName"), a.get("idNumber"), a.get("birthDate"), a.get("sex"), a.get("address"),
                a.get("phone"), a.get("email"));
    }

    private static List<HistoryLine.Event> events(JsonParser p, JsonToken value) throws IOException {
        expect(value, JsonToken.START_ARRAY, "history.line.notList", "events");
        List<HistoryLine.Event> events = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            expect(t, JsonToken.START_OBJECT, "history.line.notObject", "events[" + (events.size() + 1) + "]");
            Map<String, String> e = scalars(p, "events[" + (events.size() + 1) + "]");
            events.add(new HistoryLine.Event(e.get("status"), e.get("at"), e.get("by"), e.get("note"), e.get("receivedBy")));
        }
        return events;
    }

    /** The scalar fields of a flat object (the parser stands on its START_OBJECT); nested values are refused. */
    private static Map<String, String> scalars(JsonParser p, String where) throws IOException {
        Map<String, String> fields = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            fields.put(name, scalar(p, v, where + "." + name));
        }
        return fields;
    }

    private static String scalar(JsonParser p, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!value.isScalarValue()) {
            throw new UserFacingException("history.line.notText", field);
        }
        return p.getText();
    }

    private static void expect(JsonToken actual, JsonToken expected, String key, String field) {
        if (actual != expected) {
            throw new UserFacingException(key, field);
        }
    }
}
