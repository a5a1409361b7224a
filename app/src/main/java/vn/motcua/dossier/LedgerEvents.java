package vn.motcua.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.LedgerEvent;

/**
 * The deadline ledger's events as stored in {@code deadline_ledger.events}: a JSON array, one
 * object per event with its type, local time and fields, so the ledger can be replayed later
 * under any calendar version.
 */
final class LedgerEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerEvents() {
    }

    static String write(List<LedgerEvent> events) {
        ArrayNode array = JSON.createArrayNode();
        for (LedgerEvent e : events) {
            ObjectNode o = array.addObject();
            o.put("at", e.at().toString());
            if (e instanceof LedgerEvent.SupplementRequested r) {
                o.put("type", "SUPPLEMENT_REQUESTED").put("reason", r.reason());
            } else if (e instanceof LedgerEvent.SupplementReceived) {
                o.put("type", "SUPPLEMENT_RECEIVED");
            } else if (e instanceof LedgerEvent.Extended x) {
                o.put("type", "EXTENDED").put("workingDays", x.workingDays()).put("reason", x.reason());
            } else if (e instanceof LedgerEvent.CalendarChanged c) {
                o.put("type", "CALENDAR_CHANGED").put("from", c.fromVersion()).put("to", c.toVersion());
            }
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<LedgerEvent> read(String json) {
        List<LedgerEvent> events = new ArrayList<>();
        try {
            for (JsonNode o : JSON.readTree(json == null || json.isBlank() ? "[]" : json)) {
                LocalDateTime at = LocalDateTime.parse(o.path("at").asText());
                events.add(switch (o.path("type").asText()) {
                    case "SUPPLEMENT_REQUESTED" -> new LedgerEvent.SupplementRequested(at, o.path("reason").asText());
                    case "SUPPLEMENT_RECEIVED" -> new LedgerEvent.SupplementReceived(at);
                    case "EXTENDED" -> new LedgerEvent.Extended(at, o.path("workingDays").asInt(), o.path("reason").asText());
                    case "CALENDAR_CHANGED" -> new LedgerEvent.CalendarChanged(at, o.path("from").asText(), o.path("to").asText());
                    default -> throw new IllegalStateException("Unknown ledger event " + o);
                });
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ledger events are not readable JSON: " + json, e);
        }
        return events;
    }
}
