package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code POST /v1/offices/{agency}/code-leases}: blocks of daily code numbers a desk may issue offline. */
final class LeaseRoutes {
    LeaseRoutes(PortalContext ctx) {
        // no shared state needed beyond the connection
    }

    List<Route> routes() {
        return List.of(new Route("POST", "/v1/offices/{agency}/code-leases", Route.Kind.IDEMPOTENT, this::lease));
    }

    private Answer lease(Call call, Connection c) throws Exception {
        String agency = call.var("agency");
        if (!agency.equals(call.client().agency())) {
            throw Dossiers.wrongAgency("Agency " + agency);
        }
        ObjectNode body = PortalJson.requestObject(call.body());
        int size = body.path("size").asInt(0);
        JsonNode days = body.get("days");
        if (size < 1 || size > CodeBlocks.MAX || days == null || !days.isArray() || days.isEmpty()) {
            throw PortalError.badRequest("A lease names its days and a size of 1 to 9999.",
                    PortalJson.field(size < 1 || size > CodeBlocks.MAX ? "size" : "days", "invalid"));
        }
        ArrayNode leases = PortalJson.array();
        for (JsonNode d : days) {
            LocalDate day;
            try {
                day = LocalDate.parse(d.asText());
            } catch (DateTimeParseException e) {
                throw PortalError.badRequest("Days are written yyyy-MM-dd.", PortalJson.field("days", d.asText()));
            }
            int[] block = CodeBlocks.take(c, agency, day, size, CodeBlocks.LEASE);
            if (block == null) {
                throw new PortalError(409, "exhausted", "No block of " + size + " numbers is free on " + day + ".",
                        PortalJson.field("days", day.toString()));
            }
            ObjectNode lease = leases.addObject();
            lease.put("day", day.toString());
            lease.put("from", block[0]);
            lease.put("to", block[1]);
        }
        ObjectNode out = PortalJson.object();
        out.set("leases", leases);
        return Answer.json(201, out);
    }
}
