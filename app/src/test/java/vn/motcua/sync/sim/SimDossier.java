package vn.motcua.sync.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One dossier as the simulated portal holds it. */
public final class SimDossier {
    public final UUID uuid;
    public final String origin;
    public ObjectNode content;
    public long version;
    public int status;
    public final List<ObjectNode> events = new ArrayList<>();
    public final Map<UUID, ObjectNode> files = new LinkedHashMap<>();

    SimDossier(UUID uuid, String origin, ObjectNode content) {
        this.uuid = uuid;
        this.origin = origin;
        this.content = content;
        this.status = content.path("TrangThaiHoSo").asInt(1);
        this.version = 1;
    }

    public String code() {
        return content.path("MaHoSo").asText();
    }

    public ObjectNode snapshot() {
        ObjectNode s = content.deepCopy();
        s.remove("deviceTime");
        s.put("uuid", uuid.toString());
        s.put("version", version);
        s.put("origin", origin);
        s.put("TrangThaiHoSo", status);
        ArrayNode fs = s.putArray("files");
        files.values().forEach(f -> fs.add(f.deepCopy()));
        ArrayNode es = s.putArray("events");
        events.forEach(e -> es.add(e.deepCopy()));
        return s;
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
