package vn.motcua.sync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import vn.motcua.dossier.PortalTime;

/** What every route shares: the store, the options, the tokens and where bytes live on disk. */
final class PortalContext {
    final PortalStore store;
    final PortalOptions options;
    final Tokens tokens;
    final Path uploads;
    final Path attachments;

    PortalContext(PortalStore store, PortalOptions options) {
        this.store = store;
        this.options = options;
        this.tokens = new Tokens(options.clock(), options.tokenTtl());
        this.uploads = store.dataDir().resolve("uploads");
        this.attachments = store.dataDir().resolve("attachments");
        try {
            Files.createDirectories(uploads);
            Files.createDirectories(attachments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Clock clock() {
        return options.clock();
    }

    /** Now as the national API writes it ({@code yyyyMMddHHmmss}, Vietnam time). */
    String serverTime() {
        return PortalTime.format(clock().instant());
    }

    Path partFile(UUID upload) {
        return uploads.resolve(upload + ".part");
    }

    /** Attachments are stored content-addressed: one file per SHA-256, however many uuids share it. */
    Path contentFile(String sha256) {
        return attachments.resolve(sha256);
    }

    static UUID uuid(Call call, String var) {
        try {
            return UUID.fromString(call.var(var));
        } catch (IllegalArgumentException e) {
            throw PortalError.badRequest("The path needs a UUID.", PortalJson.field(var, "not a UUID"));
        }
    }
}
