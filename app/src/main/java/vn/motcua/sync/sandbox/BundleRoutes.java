package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.sync.http.BundleSignature;

/**
 * {@code POST /v1/bundles}: a signed file of actions made offline and carried to the portal.
 * The HMAC authenticates the client (no token). Attachments are stored first, then each action
 * is dispatched exactly as the individual call, as that client, with its opId as the
 * Idempotency-Key: a bundle applied twice, or an action already sent online, is answered from
 * the same store (one mutation).
 */
final class BundleRoutes {
    static final String FORMAT = "motcua-bundle/1";
    private final PortalContext ctx;
    private final PortalService service;

    BundleRoutes(PortalContext ctx, PortalService service) {
        this.ctx = ctx;
        this.service = service;
    }

    List<Route> routes() {
        return List.of(new Route("POST", "/v1/bundles", Route.Kind.OPEN_READ, this::apply));
    }

    private Answer apply(Call call, Connection c) throws Exception {
        JsonNode bundle;
        try {
            bundle = PortalJson.MAPPER.readTree(call.body());
        } catch (java.io.IOException e) {
            throw bad("The bundle is not JSON.");
        }
        if (bundle == null || !bundle.isObject() || !FORMAT.equals(PortalJson.str(bundle, "format"))) {
            throw bad("The file is not a " + FORMAT + " bundle.");
        }
        String clientId = PortalJson.str(bundle, "clientId");
        Clients.Row client = clientId == null ? null : Clients.find(c, clientId);
        if (client == null || !BundleSignature.verify(bundle, SecretSeal.of(ctx.store.dataDir()).open(client.sealed()))) {
            throw new PortalError(401, "bad_signature", "The bundle's signature does not match its client.");
        }
        if (!client.agency().equals(PortalJson.str(bundle, "agencyId"))) {
            throw Dossiers.wrongAgency("The bundle");
        }
        List<CarriedActions.Action> actions = CarriedActions.parse(bundle.path("actions"), BundleRoutes::bad);
        Map<UUID, byte[]> files = attachments(bundle.path("attachments"));
        Call.Client as = new Call.Client(client.id(), client.agency());
        for (Map.Entry<UUID, byte[]> f : files.entrySet()) {
            String held = Attachments.sha(c, f.getKey());
            if (held != null && !held.equals(Idempotency.sha256Hex(f.getValue()))) {
                throw bad("Attachment " + f.getKey() + " is already held with other content.");
            }
        }
        for (Map.Entry<UUID, byte[]> f : files.entrySet()) {
            service.keepAttachment(f.getKey(), Idempotency.sha256Hex(f.getValue()), f.getValue());
        }
        ArrayNode results = PortalJson.array();
        for (CarriedActions.Action a : actions) {
            CarriedActions.result(results, a, service.dispatch(a.call(), as));
        }
        ObjectNode ack = PortalJson.object();
        ack.put("format", "motcua-bundle-ack/1");
        ack.put("bundleSha256", Idempotency.sha256Hex(call.body()));
        ack.set("results", results);
        return Answer.json(200, ack);
    }

    private static Map<UUID, byte[]> attachments(JsonNode list) {
        Map<UUID, byte[]> out = new LinkedHashMap<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        for (JsonNode a : list) {
            try {
                UUID uuid = UUID.fromString(PortalJson.str(a, "uuid"));
                byte[] data = Base64.getDecoder().decode(PortalJson.str(a, "base64"));
                if (!Idempotency.sha256Hex(data).equalsIgnoreCase(PortalJson.str(a, "sha256")) || data.length != a.path("bytes").asLong(-1)) {
                    throw bad("Attachment " + uuid + " does not match its sha256 or size.");
                }
                out.put(uuid, data);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw bad("Each attachment needs uuid, sha256, bytes and base64.");
            }
        }
        return out;
    }

    private static PortalError bad(String message) {
        return new PortalError(400, "bad_bundle", message);
    }
}
