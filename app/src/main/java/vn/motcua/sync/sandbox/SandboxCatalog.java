package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The catalogue the sandbox publishes: {@code catalog.json} in its data directory when an
 * operator or a test put one there (by hand or with {@code PUT /v1/sandbox/catalog}), else the
 * shipped starter. It is served as stored, even when it is not a valid catalogue, so a desk's
 * refusal can be exercised; its ETag is its {@code version}, or a digest of the text when it
 * names none (or is not JSON at all).
 */
final class SandboxCatalog {
    private SandboxCatalog() {
    }

    static String text(PortalContext ctx) {
        Path own = file(ctx);
        try {
            if (Files.exists(own)) {
                return Files.readString(own, StandardCharsets.UTF_8);
            }
            try (InputStream in = SandboxCatalog.class.getClassLoader().getResourceAsStream(FeedRoutes.SHIPPED_CATALOG)) {
                if (in == null) {
                    throw new IllegalStateException(FeedRoutes.SHIPPED_CATALOG + " is missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(PortalContext ctx) {
        return ctx.store.dataDir().resolve("catalog.json");
    }

    /** The version the catalogue names, else {@code sha-<16 hex>} of its text. */
    static String version(String text) {
        try {
            JsonNode root = PortalJson.MAPPER.readTree(text);
            if (root != null && root.path("version").isTextual() && !root.get("version").asText().isBlank()) {
                return root.get("version").asText();
            }
        } catch (IOException notJson) {
            // served as it is; named by its digest
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes {@code document} as the catalogue from now on (written whole, then moved into place). */
    static void replace(PortalContext ctx, byte[] document) throws IOException {
        Path target = file(ctx);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.write(part, document);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
