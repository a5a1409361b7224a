package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.motcua.sync.http.HttpPortalAdapter;
import vn.motcua.testing.TestClock;

/**
 * A real sandbox portal on 127.0.0.1 (port 0) over an H2 file in a test directory, with one
 * registered desk client, a hand-moved clock, and helpers to build dossier payloads and to
 * talk raw HTTP where the adapter cannot say something wrong on purpose. Reused by the HTTP
 * adapter and fault-proxy tests.
 */
public final class PortalHarness implements AutoCloseable {
    public static final String AGENCY = "000.00.06.H56";
    public static final String CLIENT = "desk-xa-an-binh";
    public static final String SECRET = "bi-mat-cua-ban-mot-cua-2026";
    public static final String OTHER_AGENCY = "000.00.07.H56";
    public static final String OTHER_CLIENT = "desk-xa-khac";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int codeSeq = 1;

    public final Path dir;
    public final TestClock clock;
    private final PortalOptions options;
    private PortalServer server;
    private int port;

    private PortalHarness(Path dir, PortalOptions options, TestClock clock) {
        this.dir = dir;
        this.options = options;
        this.clock = clock;
    }

    public static PortalHarness start(Path dir) {
        return start(dir, PortalOptions.defaults());
    }

    /** Starts with {@code options} but the harness's clock; registers the two test clients. */
    public static PortalHarness start(Path dir, PortalOptions options) {
        TestClock clock = new TestClock(Instant.now());
        PortalHarness h = new PortalHarness(dir, options.withClock(clock), clock);
        try (PortalStore store = PortalStore.open(dir)) {
            Clients.add(store, CLIENT, AGENCY, SECRET.toCharArray());
            Clients.add(store, OTHER_CLIENT, OTHER_AGENCY, SECRET.toCharArray());
        }
        h.server = PortalServer.start(dir, 0, h.options);
        return h;
    }

    public PortalServer server() {
        return server;
    }

    public URI url() {
        return server.url();
    }

    /** Stops the portal and starts it again on the same directory (a new port; tokens forgotten). */
    public void restart() {
        server.close();
        server = PortalServer.start(dir, 0, options);
    }

    /** Stops the portal, as when the line drops; {@link #startAgain()} brings it back on the same port. */
    public void stop() {
        port = server.url().getPort();
        server.close();
    }

    /** Starts the stopped portal again on its old port, so a desk configured with its address finds it. */
    public void startAgain() {
        server = PortalServer.start(dir, port, options);
    }

    /** Points {@code desk}'s sync at this portal as the test client. */
    public void connect(vn.motcua.AppContext desk) {
        desk.sync().settings().configure(vn.motcua.security.Actor.SYSTEM, url().toString(), CLIENT, SECRET.toCharArray());
    }

    public HttpPortalAdapter adapter() {
        return new HttpPortalAdapter(url(), CLIENT, SECRET, clock);
    }

    public HttpPortalAdapter otherAgency() {
        return new HttpPortalAdapter(url(), OTHER_CLIENT, SECRET, clock);
    }

    /** A fresh official code of the test agency for today. */
    public static synchronized String nextCode() {
        return AGENCY + "-261125-" + String.format("%04d", codeSeq++);
    }

    /** A RECEIVE payload as the desk's outbox writes it (national field names). */
    public static ObjectNode dossier(UUID id, String code) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("MaHoSo", code);
        p.put("MaTTHC", "1.001193");
        p.put("TenTTHC", "Đăng ký khai sinh");
        p.put("TenLinhVuc", "Hộ tịch");
        p.put("KenhThucHien", 1);
        p.put("ChuHoSo", "Nguyễn Thị Hoa");
        p.put("LoaiDoiTuong", 1);
        p.put("SoGiayToChuHoSo", "001190012345");
        p.put("SoDienThoai", "0912345678");
        p.putNull("Email");
        p.put("TrichYeuHoSo", "Đăng ký khai sinh");
        p.put("NgayTiepNhan", "20261125083000");
        p.put("NgayHenTra", "20261126083000");
        p.put("TrangThaiHoSo", 2);
        p.putNull("GhiChu");
        p.put("catalogVersion", "2025.07");
        p.put("calendarVersion", "2026.1");
        p.putArray("ThanhPhanHoSo").addObject().put("MaThanhPhanHoSo", "TP1").put("TenThanhPhanHoSo", "Tờ khai");
        p.putArray("PhiLePhi");
        p.put("deviceTime", "20261125083001");
        return p;
    }

    public static String text(JsonNode node) {
        return node.toString();
    }

    /** Raw HTTP for what the adapter never sends (no If-Match, no key, bad token…). */
    public HttpResponse<String> raw(String method, String path, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A bearer token of the test client, fetched over raw HTTP. */
    public String token() throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("client_id", CLIENT).put("client_secret", SECRET).toString();
        return JSON.readTree(raw("POST", "/v1/token", Map.of(), body).body()).get("access_token").asText();
    }

    public static JsonNode parse(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Override
    public void close() {
        server.close();
    }
}
