package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/batch}: up to {@link #MAX} keyed calls of the contract in one request, in the
 * hand-carried bundle's action format, applied in order in one transaction and answered at once,
 * one result per action. It exists for speed only: a backlog of thousands of actions costs one
 * round trip and one durable commit per batch instead of per action, and because every action
 * keeps its own Idempotency-Key, a batch, a bundle and a single resend of the same action
 * deduplicate one another.
 */
final class BatchRoutes {
    static final int MAX = 500;
    private final PortalService service;

    BatchRoutes(PortalService service) {
        this.service = service;
    }

    List<Route> routes() {
        return List.of(new Route("POST", "/v1/batch", Route.Kind.READ, this::apply));
    }

    private Answer apply(Call call, Connection unused) throws Exception {
        JsonNode batch;
        try {
            batch = PortalJson.MAPPER.readTree(call.body());
        } catch (java.io.IOException e) {
            throw bad("The batch is not JSON.");
        }
        if (batch == null || !batch.isObject()) {
            throw bad("The batch must be an object with an actions list.");
        }
        List<CarriedActions.Action> actions = CarriedActions.parse(batch.path("actions"), BatchRoutes::bad);
        if (actions.isEmpty() || actions.size() > MAX) {
            throw bad("A batch carries 1 to " + MAX + " actions, not " + actions.size() + ".");
        }
        List<Call> calls = new ArrayList<>();
        actions.forEach(a -> calls.add(a.call()));
        List<Answer> answers = service.batch(calls, call.client());
        ArrayNode results = PortalJson.array();
        for (int i = 0; i < actions.size(); i++) {
            CarriedActions.result(results, actions.get(i), answers.get(i));
        }
        ObjectNode out = PortalJson.object();
        out.set("results", results);
        return Answer.json(200, out);
    }

    private static PortalError bad(String message) {
        return new PortalError(400, "bad_batch", message);
    }
}
