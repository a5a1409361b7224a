package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import vn.motcua.common.UserFacingException;

/**
 * A small client of the sandbox-only routes and of {@code POST /v1/bundles}, for the training
 * commands ({@code portal online-dossier}, {@code withdraw}, {@code dossiers}, {@code apply-bundle})
 * and tests. A refusal or an unreachable portal is a {@link UserFacingException}.
 */
public final class SandboxClient {
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SandboxClient(URI base) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    public static SandboxClient of(URI base) {
        return new SandboxClient(base);
    }

    /** What the portal answered: status and JSON body. */
    public record Reply(int status, JsonNode body) {
    }

    /** An online dossier and its portal-issued code. */
    public record Created(UUID uuid, String code, JsonNode snapshot) {
    }

    public Created onlineDossier(String agency, String procedureCode, String procedureName, String applicant, String idNumber) {
        ObjectNode body = PortalJson.object();
        body.put("agencyId", agency);
        body.put("MaTTHC", procedureCode);
        body.put("TenTTHC", procedureName);
        body.put("ChuHoSo", applicant);
        if (idNumber != null) {
            body.put("SoGiayToChuHoSo", idNumber);
        }
        JsonNode s = ok(send("POST", "/v1/sandbox/online-dossiers", PortalJson.bytes(body)));
        return new Created(UUID.fromString(s.get("uuid").asText()), s.get("MaHoSo").asText(), s);
    }

    public JsonNode withdraw(UUID dossier, String reason) {
        ObjectNode body = PortalJson.object();
        body.put("reason", reason);
        return ok(send("POST", "/v1/sandbox/dossiers/" + dossier + "/withdraw", PortalJson.bytes(body)));
    }

    public JsonNode edit(UUID dossier, ObjectNode fields) {
        return ok(send("POST", "/v1/sandbox/dossiers/" + dossier + "/edit", PortalJson.bytes(fields)));
    }

    /** Publishes another procedure catalogue (served as sent, even when invalid); returns the version the portal tags it with. */
    public String publishCatalog(String document) {
        return ok(send("PUT", "/v1/sandbox/catalog", document.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .path("version").asText();
    }

    /** Every dossier the portal holds: MaHoSo, uuid, TrangThaiHoSo, version, attachments[{uuid,sha256}]. */
    public JsonNode dossiers() {
        return ok(send("GET", "/v1/sandbox/dossiers", null));
    }

    /** The uuid of the dossier with this official code. */
    public UUID find(String code) {
        for (JsonNode d : dossiers()) {
            if (code.equals(d.path("MaHoSo").asText())) {
                return UUID.fromString(d.get("uuid").asText());
            }
        }
        throw new UserFacingException("portal.dossierUnknown", code);
    }

    /** Posts a hand-carried bundle; the acknowledgement or the refusal, as answered. */
    public Reply applyBundle(byte[] bundle) {
        return send("POST", "/v1/bundles", bundle);
    }

    private Reply send(String method, String path, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            b.header("Content-Type", "application/json; charset=utf-8");
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = r.body().length == 0 ? null : PortalJson.MAPPER.readTree(r.body());
            return new Reply(r.statusCode(), json);
        } catch (IOException e) {
            throw new UserFacingException(e, "portal.unreachable", base.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException(e, "portal.unreachable", base.toString());
        }
    }

    private static JsonNode ok(Reply r) {
        if (r.status() >= 200 && r.status() < 300) {
            return r.body();
        }
        String error = r.body() == null ? "http_" + r.status() : r.body().path("error").asText("http_" + r.status());
        String message = r.body() == null ? "" : r.body().path("message").asText("");
        throw new UserFacingException("portal.refused", String.valueOf(r.status()), error, message);
    }
}
