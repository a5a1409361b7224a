package vn.motcua.sync.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.sync.http.BundleSignature;
import vn.motcua.sync.http.CanonicalJson;
import vn.motcua.sync.http.ContractRequest;

/**
 * Streams a {@code motcua-bundle/1} file with Jackson's generator, already in the canonical form
 * of {@link CanonicalJson} (members sorted at every depth, no whitespace, bodies written as the
 * canonical text the request builder made): the HMAC of {@link BundleSignature}, which the portal
 * computes over the canonical JSON of the parsed bundle without its {@code signature}, is then
 * the HMAC of the bytes written before that last member plus the closing brace. So neither the
 * scans nor the tree of the bundle are ever held in memory: each attachment goes from the store
 * through the base64 encoder into the file, its SHA-256 checked on the way.
 */
final class BundleWriter {
    static final String FORMAT = "motcua-bundle/1";
    private static final JsonFactory JSON = new JsonFactory();

    /** One action: the request of one outbox entry, whose ID is the opId. */
    record Action(UUID opId, ContractRequest request) {
    }

    /** Opens an attachment's plain bytes (the document store decrypts a sealed scan). */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /** One attachment the actions need: the stored scan with its SHA-256 and plain size. */
    record Attachment(UUID uuid, String sha256, long bytes, Source source) {
        /** Bytes its member takes in the file (for progress and the free-space check). */
        long encodedSize() {
            return (bytes + 2) / 3 * 4 + 160;
        }
    }

    /** What was written: the SHA-256 of the whole file and its size. */
    record Written(String sha256, long bytes) {
    }

    private BundleWriter() {
    }

    /** About how many bytes the bundle takes (exact but for a few bytes of envelope). */
    static long estimate(List<Action> actions, List<Attachment> attachments) {
        long size = 400;
        for (Action a : actions) {
            ContractRequest r = a.request();
            size += 120 + r.path().length() + (r.body() == null ? 4 : r.body().getBytes(StandardCharsets.UTF_8).length);
            for (Map.Entry<String, String> h : r.headers().entrySet()) {
                size += h.getKey().length() + h.getValue().length() + 6;
            }
        }
        for (Attachment a : attachments) {
            size += a.encodedSize();
        }
        return size;
    }

    static Written write(OutputStream file, String agencyId, String clientId, String createdAt, List<Action> actions,
            List<Attachment> attachments, String clientSecret, BundleExport.Progress progress) throws IOException {
        MessageDigest sha = sha256();
        Mac mac = mac(clientSecret);
        long total = estimate(actions, attachments);
        SigningSink sink = new SigningSink(file, sha, mac, progress, total);
        try (JsonGenerator g = JSON.createGenerator(sink, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // members in sorted order at every depth: actions, agencyId, attachments, clientId, createdAt, format, signature
            g.writeStartObject();
            g.writeArrayFieldStart("actions");
            for (Action a : actions) {
                writeAction(g, a);
            }
            g.writeEndArray();
            g.writeStringField("agencyId", agencyId);
            g.writeArrayFieldStart("attachments");
            for (Attachment a : attachments) {
                writeAttachment(g, a);
            }
            g.writeEndArray();
            g.writeStringField("clientId", clientId);
            g.writeStringField("createdAt", createdAt);
            g.writeStringField("format", FORMAT);
            g.flush();
            sink.stopSigning();
            mac.update((byte) '}'); // the signed text is the object without its signature: it closes here
            g.writeStringField("signature", HexFormat.of().formatHex(mac.doFinal()));
            g.writeEndObject();
            g.flush();
        }
        progress.written(sink.written(), sink.written());
        return new Written(HexFormat.of().formatHex(sha.digest()), sink.written());
    }

    private static void writeAction(JsonGenerator g, Action a) throws IOException {
        a.request().writeCarried(g, a.opId());
    }

    private static void writeAttachment(JsonGenerator g, Attachment a) throws IOException {
        if (a.bytes() > Integer.MAX_VALUE) {
            throw new IOException("attachment " + a.uuid() + " is larger than a bundle can carry");
        }
        MessageDigest check = sha256();
        g.writeStartObject();
        g.writeFieldName("base64");
        try (InputStream in = new DigestInputStream(a.source().open(), check)) {
            int n = g.writeBinary(in, (int) a.bytes()); // Jackson's default variant: standard alphabet, padded, no line breaks
            if (n != a.bytes() || in.read() != -1) {
                throw new IOException("the stored scan " + a.sha256() + " is not " + a.bytes() + " bytes long");
            }
        }
        if (!HexFormat.of().formatHex(check.digest()).equalsIgnoreCase(a.sha256())) {
            throw new IOException("the stored scan " + a.sha256() + " does not hash to its name");
        }
        g.writeNumberField("bytes", a.bytes());
        g.writeStringField("sha256", a.sha256());
        g.writeStringField("uuid", a.uuid().toString());
        g.writeEndObject();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Mac mac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
