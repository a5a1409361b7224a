package vn.motcua.sync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP to {@link Call} and {@link Answer} back. The whole body is read before anything runs: a
 * request cut while its body was sent (fault 2) never reaches a route. Every answer carries
 * {@code Date} from the portal's clock.
 */
final class PortalHttp implements HttpHandler {
    /** Chunks are at most 8 MiB; a bundle carries its attachments in base64. */
    private static final int MAX_BODY = 64 * 1024 * 1024;
    private final PortalService service;

    PortalHttp(PortalService service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            Answer answer;
            if (body.length > MAX_BODY) {
                answer = PortalError.badRequest("The body is too large.", PortalJson.field("body", "over 64 MiB")).answer();
            } else {
                Map<String, String> headers = new LinkedHashMap<>();
                ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
                answer = service.handle(new Call(ex.getRequestMethod(), ex.getRequestURI().getPath(), Map.of(),
                        query(ex.getRequestURI().getRawQuery()), headers, body, null));
            }
            send(ex, answer);
        } catch (IOException e) {
            // the client went away (reset, timeout): nothing to answer; a route never ran on a partial body
        }
    }

    private void send(HttpExchange ex, Answer a) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(service.context().clock().instant().atOffset(ZoneOffset.UTC)));
        a.headers().forEach(h::set);
        boolean noBody = a.body() == null || "HEAD".equalsIgnoreCase(ex.getRequestMethod()) || a.status() == 204 || a.status() == 304;
        if (!noBody && !h.containsKey("Content-Type")) {
            h.set("Content-Type", "application/json; charset=utf-8");
        }
        if (noBody) {
            ex.sendResponseHeaders(a.status(), -1);
            return;
        }
        ex.sendResponseHeaders(a.status(), a.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(a.body());
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

}
