package vn.motcua.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import vn.motcua.sync.sandbox.PortalHarness;

/** The sync benchmark's workload pieces and its two same-run baselines (raw HTTP calls, a raw byte copy). */
final class SyncLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SyncLoad() {
    }

    /**
     * Baseline of the create rate: for each of {@code n} dossiers the same two calls the desk makes
     * (the dossier PUT and one event PUT), with a raw {@link HttpClient}, one after the other, to the
     * same server. Returns dossiers per second.
     */
    static double rawCreates(URI portal, int n, String codePrefix) throws IOException, InterruptedException {
        String token = token(portal);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            ObjectNode body = PortalHarness.dossier(id, codePrefix + String.format("%04d", i + 1));
            put(portal.resolve("/v1/dossiers/" + id), token, body.toString());
            UUID event = UUID.randomUUID();
            put(portal.resolve("/v1/dossiers/" + id + "/events/" + event), token,
                    "{\"type\":\"HAND_OVER\",\"TrangThaiHoSo\":4,\"id\":\"" + id + "\"}");
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static String token(URI portal) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(portal.resolve("/v1/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_id\":\"" + PortalHarness.CLIENT + "\",\"client_secret\":\""
                        + PortalHarness.SECRET + "\"}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    private static void put(URI uri, String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(uri + " → " + r.statusCode() + " " + r.body());
        }
    }

    /**
     * Baseline of the backlog drain: the same files sent whole over loopback HTTP to a server that
     * only writes them to disk and forces them out, one after the other. Returns seconds.
     */
    static double rawCopy(Iterable<Path> files, Path sinkDir) throws IOException, InterruptedException {
        Files.createDirectories(sinkDir);
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.createContext("/", exchange -> {
            Path out = sinkDir.resolve(UUID.randomUUID().toString());
            try (InputStream in = exchange.getRequestBody();
                 FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                byte[] buf = new byte[1 << 16];
                for (int r; (r = in.read(buf)) > 0; ) {
                    ch.write(java.nio.ByteBuffer.wrap(buf, 0, r));
                }
                ch.force(true);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        sink.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + sink.getAddress().getPort() + "/");
            long t0 = System.nanoTime();
            for (Path f : files) {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(base.resolve(f.getFileName().toString()))
                        .PUT(HttpRequest.BodyPublishers.ofFile(f)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 204) {
                    throw new IllegalStateException("sink answered " + r.statusCode());
                }
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            sink.stop(0);
        }
    }

    /** One noisy photo as a JPEG of about {@code bytes} (noise does not compress: a scan's worst case). */
    static byte[] noisyJpeg(int bytes, long seed) throws IOException {
        Random r = new Random(seed);
        int side = (int) Math.sqrt(bytes / 0.53); // grey noise at the default JPEG quality: ~0.53 bytes a pixel
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                img.getRaster().setSample(x, y, 0, r.nextInt(256));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    /** The same JPEG with a comment segment naming {@code i}: another file, another SHA-256, the same picture. */
    static byte[] variant(byte[] jpeg, int i) {
        byte[] text = ("motcua bench scan " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = new byte[jpeg.length + 4 + text.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1]; // SOI
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE; // COM
        int len = text.length + 2;
        out[4] = (byte) (len >> 8);
        out[5] = (byte) len;
        System.arraycopy(text, 0, out, 6, text.length);
        System.arraycopy(jpeg, 2, out, 6 + text.length, jpeg.length - 2);
        return out;
    }
}
