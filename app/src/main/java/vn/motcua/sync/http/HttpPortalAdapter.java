package vn.motcua.sync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * The desk's client of the MotCua portal contract v1 over {@code java.net.http}: a bearer token
 * cached until {@link #authenticate()} replaces it (fetched lazily before the first call), every
 * answer sorted into a {@link PortalAnswer} by {@link AnswerMapper}, every failure of the line
 * turned into {@link PortalAnswer.NoAnswer}: this class never throws for the network or the
 * portal. Timeouts grow with the body ({@link Timeouts}) so a scan still goes through a link of a
 * few KB/s (fault 26).
 */
public final class HttpPortalAdapter implements PortalAdapter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_PIECE = 64 * 1024;
    private final URI base;
    private final String clientId;
    private final String clientSecret;
    private final Timeouts timeouts;
    private final AnswerMapper mapper;
    private final HttpClient http;
    private final AtomicReference<String> token = new AtomicReference<>();

    /**
     * How long a call may take: {@code base} plus the body at {@code minBytesPerSecond}; the
     * connect timeout bounds only the TCP handshake.
     */
    public record Timeouts(Duration connect, Duration base, long minBytesPerSecond) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), 4 * 1024);

        public Duration forBody(long bytes) {
            return base.plusMillis(bytes * 1000 / Math.max(1, minBytesPerSecond));
        }
    }

    public HttpPortalAdapter(URI baseUrl, String clientId, String clientSecret, Clock clock) {
        this(baseUrl, clientId, clientSecret, clock, Timeouts.DEFAULT);
    }

    public HttpPortalAdapter(URI baseUrl, String clientId, String clientSecret, Clock clock, Timeouts timeouts) {
        String text = baseUrl.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.timeouts = timeouts;
        this.mapper = new AnswerMapper(clock);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public PortalAnswer authenticate() {
        ObjectNode body = JSON.createObjectNode().put("client_id", clientId).put("client_secret", clientSecret);
        PortalAnswer answer = exchange("POST", "/v1/token", Map.of(), json(body), false, AnswerMapper.Shape.JSON);
        if (answer instanceof PortalAnswer.Accepted a && a.body() != null && a.body().hasNonNull("access_token")) {
            token.set(a.body().get("access_token").asText());
            ObjectNode shown = a.body().deepCopy();
            shown.remove("access_token"); // the token stays in this object
            return new PortalAnswer.Accepted(a.status(), shown, null, a.serverDate());
        }
        if (answer instanceof PortalAnswer.Unauthorized u) {
            // wrong client ID or secret: repeating will not help, a person must fix the settings
            return new PortalAnswer.Refused(401, "invalid_client", "The portal refused the client ID or secret.", Map.of(), null,
                    u.serverDate());
        }
        return answer;
    }

    @Override
    public PortalAnswer putDossier(UUID dossier, UUID opId, Long ifMatch, String body) {
        return call(ContractRequest.putDossier(dossier, opId, ifMatch, body));
    }

    @Override
    public PortalAnswer patchDossier(UUID dossier, UUID opId, long ifMatch, String body) {
        return call(ContractRequest.patchDossier(dossier, opId, ifMatch, body));
    }

    @Override
    public PortalAnswer getDossier(UUID dossier) {
        return call("GET", "/v1/dossiers/" + dossier, Map.of(), null, AnswerMapper.Shape.JSON);
    }

    @Override
    public PortalAnswer putEvent(UUID dossier, UUID event, UUID opId, String body) {
        return call(ContractRequest.putEvent(dossier, event, opId, body));
    }

    @Override
    public PortalAnswer putFile(UUID dossier, UUID file, UUID opId, String body) {
        return call(ContractRequest.putFile(dossier, file, opId, body));
    }

    @Override
    public PortalAnswer tombstoneFile(UUID dossier, UUID file, UUID opId, String reason) {
        return call(ContractRequest.tombstoneFile(dossier, file, opId, reason));
    }

    @Override
    public PortalAnswer openUpload(UUID attachment, UUID opId, String sha256, long bytes, String contentType) {
        ObjectNode body = JSON.createObjectNode().put("sha256", sha256).put("bytes", bytes).put("contentType", contentType);
        return call("PUT", "/v1/uploads/" + attachment, keyed(opId), json(body), AnswerMapper.Shape.JSON);
    }

    @Override
    public PortalAnswer uploadOffset(UUID attachment) {
        return call("HEAD", "/v1/uploads/" + attachment, Map.of(), null, AnswerMapper.Shape.UPLOAD_HEAD);
    }

    @Override
    public PortalAnswer sendChunk(UUID attachment, long offset, byte[] chunk, int length) {
        return chunk(attachment, offset, chunk, length, false);
    }

    /** The last chunk with {@code Upload-Complete: true}: a portal that knows it verifies and keeps the file at once. */
    @Override
    public PortalAnswer sendLastChunk(UUID attachment, long offset, byte[] chunk, int length) {
        return chunk(attachment, offset, chunk, length, true);
    }

    private PortalAnswer chunk(UUID attachment, long offset, byte[] chunk, int length, boolean last) {
        byte[] data = length == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, length);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Upload-Offset", String.valueOf(offset));
        h.put("Chunk-SHA256", sha256(data));
        h.put("Content-Type", "application/offset+octet-stream");
        if (last) {
            h.put("Upload-Complete", "true");
        }
        return call("PATCH", "/v1/uploads/" + attachment, h, data, AnswerMapper.Shape.UPLOAD_CHUNK);
    }

    @Override
    public PortalAnswer finishUpload(UUID attachment) {
        return call("POST", "/v1/uploads/" + attachment + "/finish", Map.of(), new byte[0], AnswerMapper.Shape.JSON);
    }

    @Override
    public PortalAnswer changes(String agencyId, String cursor, int limit) {
        String q = "?limit=" + limit + (cursor == null ? "" : "&cursor=" + enc(cursor));
        return call("GET", "/v1/offices/" + enc(agencyId) + "/changes" + q, Map.of(), null, AnswerMapper.Shape.JSON);
    }

    @Override
    public PortalAnswer snapshot(String agencyId, String page, int limit) {
        String q = "?limit=" + limit + (page == null ? "" : "&page=" + enc(page));
        return call("GET", "/v1/offices/" + enc(agencyId) + "/snapshot" + q, Map.of(), null, AnswerMapper.Shape.JSON);
    }

    /**
     * The body's {@code version} member is the catalogue version to pass as {@code etag} next time.
     * A whole answer that is not JSON comes as a text node (the desk refuses it with the reason).
     */
    @Override
    public PortalAnswer catalog(String etag) {
        Map<String, String> h = etag == null ? Map.of() : Map.of("If-None-Match", etag.startsWith("\"") ? etag : "\"" + etag + "\"");
        return call("GET", "/v1/catalog", h, null, AnswerMapper.Shape.DOCUMENT);
    }

    @Override
    public PortalAnswer leaseCodes(String agencyId, UUID opId, List<LocalDate> days, int size) {
        ObjectNode body = JSON.createObjectNode();
        days.forEach(d -> body.withArray("days").add(d.toString()));
        body.put("size", size);
        return call("POST", "/v1/offices/" + enc(agencyId) + "/code-leases", keyed(opId), json(body), AnswerMapper.Shape.JSON);
    }

    @Override
    public PortalAnswer batch(List<ContractRequest> requests) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("actions");
            for (ContractRequest r : requests) {
                r.writeCarried(g, r.opId());
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return call("POST", "/v1/batch", Map.of(), out.toByteArray(), AnswerMapper.Shape.JSON);
    }

    /** A request of the contract built by {@link ContractRequest} (the same one a hand-carried bundle carries). */
    private PortalAnswer call(ContractRequest r) {
        return call(r.method(), r.path(), r.headers(), utf8(r.body()), AnswerMapper.Shape.JSON);
    }

    /** A call with the cached token, fetching one first when there is none yet. */
    private PortalAnswer call(String method, String path, Map<String, String> headers, byte[] body, AnswerMapper.Shape shape) {
        if (token.get() == null) {
            PortalAnswer auth = authenticate();
            if (!(auth instanceof PortalAnswer.Accepted)) {
                return auth;
            }
        }
        return exchange(method, path, headers, body, true, shape);
    }

    private PortalAnswer exchange(String method, String path, Map<String, String> headers, byte[] body, boolean bearer,
                                  AnswerMapper.Shape shape) {
        try {
            long size = body == null ? 0 : body.length;
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeouts.forBody(size))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : publisher(body));
            if (body != null && !headers.containsKey("Content-Type")) {
                b.header("Content-Type", "application/json; charset=utf-8");
            }
            headers.forEach(b::header);
            String t = token.get();
            if (bearer && t != null) {
                b.header("Authorization", "Bearer " + t);
            }
            HttpResponse<byte[]> response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return mapper.map(response.statusCode(), response.headers(), response.body(), shape);
        } catch (HttpConnectTimeoutException e) {
            return new PortalAnswer.NoAnswer(false, "connect timeout: " + e.getMessage());
        } catch (HttpTimeoutException e) {
            return new PortalAnswer.NoAnswer(true, "timeout: " + e.getMessage());
        } catch (IOException e) {
            return new PortalAnswer.NoAnswer(!refused(e), e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PortalAnswer.NoAnswer(true, "interrupted");
        } catch (RuntimeException e) {
            return new PortalAnswer.NoAnswer(true, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * A body in 64 KB pieces, as the JDK sends a file: it copies each heap buffer it writes into a
     * temporary direct buffer of the buffer's size, and an upload chunk of megabytes in one piece
     * costs several milliseconds more per chunk than the same bytes in pieces.
     */
    private static HttpRequest.BodyPublisher publisher(byte[] body) {
        if (body.length <= BODY_PIECE) {
            return HttpRequest.BodyPublishers.ofByteArray(body);
        }
        List<byte[]> pieces = new java.util.ArrayList<>();
        for (int from = 0; from < body.length; from += BODY_PIECE) {
            pieces.add(java.util.Arrays.copyOfRange(body, from, Math.min(body.length, from + BODY_PIECE)));
        }
        return HttpRequest.BodyPublishers.ofByteArrays(pieces);
    }

    /** True when the request certainly never left: the connection was refused or the host is unknown. */
    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.nio.channels.UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> keyed(UUID opId) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Idempotency-Key", opId.toString());
        return h;
    }

    private static byte[] utf8(String body) {
        return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("a tree always serializes", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
