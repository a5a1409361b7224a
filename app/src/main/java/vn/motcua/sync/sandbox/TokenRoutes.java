package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.util.List;

/** {@code POST /v1/token}: client credentials for a bearer token. */
final class TokenRoutes {
    private final PortalContext ctx;

    TokenRoutes(PortalContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(new Route("POST", "/v1/token", Route.Kind.OPEN_READ, this::token));
    }

    private Answer token(Call call, Connection c) throws Exception {
        ObjectNode body = PortalJson.requestObject(call.body());
        Call.Client client = Clients.verify(c, PortalJson.str(body, "client_id"), PortalJson.str(body, "client_secret"));
        if (client == null) {
            return new PortalError(401, "invalid_client", "Unknown client or wrong secret.").answer();
        }
        ObjectNode out = PortalJson.object();
        out.put("access_token", ctx.tokens.issue(client));
        out.put("token_type", "Bearer");
        out.put("expires_in", ctx.tokens.ttlSeconds());
        return Answer.json(200, out);
    }
}
