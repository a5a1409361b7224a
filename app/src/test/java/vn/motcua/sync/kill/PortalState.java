package vn.motcua.sync.kill;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.motcua.sync.http.HttpPortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;

/**
 * What a portal holds after a run, read over its own API: every dossier's snapshot (status,
 * files, event log) and the SHA-256 of every attachment's bytes as downloaded. {@link #normalized()}
 * keeps only what two runs of the same workload must agree on: UUID, MaHoSo, status, the files'
 * hashes and removal flags, the event types in server order (no server times, sequence numbers,
 * versions, or the random UUIDs of files and events).
 */
final class PortalState {
    /** The sandbox's list: one row per dossier held (duplicates would show here). */
    final JsonNode list;
    /** Dossier UUID → its snapshot. */
    final Map<UUID, JsonNode> snapshots = new LinkedHashMap<>();
    /** Attachment UUID → SHA-256 of the bytes the portal serves. */
    final Map<UUID, String> downloaded = new LinkedHashMap<>();

    private PortalState(JsonNode list) {
        this.list = list;
    }

    static PortalState read(URI url) throws IOException, InterruptedException {
        PortalState state = new PortalState(SandboxClient.of(url).dossiers());
        HttpPortalAdapter portal = new HttpPortalAdapter(url, PortalHarness.CLIENT, PortalHarness.SECRET, Clock.systemUTC());
        HttpClient http = HttpClient.newHttpClient();
        String token = null;
        for (JsonNode row : state.list) {
            UUID id = UUID.fromString(row.get("uuid").asText());
            PortalAnswer answer = portal.getDossier(id);
            if (!(answer instanceof PortalAnswer.Accepted a)) {
                throw new IllegalStateException("the portal did not give dossier " + id + ": " + answer);
            }
            state.snapshots.put(id, a.body());
            for (JsonNode f : a.body().path("files")) {
                UUID file = UUID.fromString(f.get("uuid").asText());
                if (token == null) {
                    token = token(http, url);
                }
                HttpResponse<byte[]> bytes = http.send(HttpRequest.newBuilder(url.resolve("/v1/attachments/" + file))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (bytes.statusCode() != 200) {
                    throw new IllegalStateException("attachment " + file + " of " + id + ": HTTP " + bytes.statusCode());
                }
                state.downloaded.put(file, sha256(bytes.body()));
            }
        }
        return state;
    }

    private static String token(HttpClient http, URI url) throws IOException, InterruptedException {
        String body = "{\"client_id\":\"" + PortalHarness.CLIENT + "\",\"client_secret\":\"" + PortalHarness.SECRET + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/v1/token"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return PortalHarness.parse(r.body()).get("access_token").asText();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Dossier UUID → "MaHoSo | status | files (hash, removed) sorted | event types in seq order". */
    Map<UUID, String> normalized() {
        Map<UUID, String> out = new TreeMap<>();
        snapshots.forEach((id, s) -> {
            List<String> files = new ArrayList<>();
            s.path("files").forEach(f -> files.add(f.path("sha256").asText() + (f.path("removed").asBoolean() ? " removed" : "")));
            files.sort(null);
            TreeMap<Long, String> events = new TreeMap<>();
            s.path("events").forEach(e -> events.put(e.path("seq").asLong(), e.path("type").asText() + ":" + e.path("TrangThaiHoSo").asText()));
            out.put(id, s.path("MaHoSo").asText() + " | " + s.path("TrangThaiHoSo").asText() + " | " + files + " | " + events.values());
        });
        return out;
    }
}
