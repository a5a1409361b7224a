package vn.motcua.sync.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import vn.motcua.documents.DocumentStore;
import org.hibernate.SessionFactory;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.PortalTime;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;
import vn.motcua.sync.SyncConfig;

/**
 * Exports what waits for the portal as a signed hand-carried bundle ({@code motcua-bundle/1}),
 * for an office whose line stays down: someone carries the file to a place with a connection
 * (or to the province), where {@code POST /v1/bundles} applies it and answers an acknowledgement
 * to bring back ({@link BundleAcks}).
 *
 * <p>Each action is the request the online sender would send for its entry (the one builder,
 * {@code EntryRequest}), with the entry ID as opId: if the line comes back first and the runner
 * sends the same entries, the portal answers the repeat from its idempotency store — no
 * duplicate either way. The entries stay as they are until the acknowledgement is imported.
 *
 * <p>The file is streamed (scans are never held in memory) to a temporary file in the target
 * folder, forced to disk and moved into place in one step, so a half-written bundle never
 * carries the target's name.
 */
public final class BundleExport {
    /** Progress of the file being written, for a progress bar; called on the exporting thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (written, total) -> { };

        /** {@code written} bytes of about {@code total} are in the file. */
        void written(long written, long total);
    }

    /** The exported bundle: its file, SHA-256 (the name its acknowledgement gives it), what it carries. */
    public record Result(UUID bundleId, Path file, String sha256, long bytes, List<UUID> opIds, int attachments) {
        public int actions() {
            return opIds.size();
        }

        /** The sentence the command line and the desktop show ({@code sync.bundle.exported}). */
        public String messageKey() {
            return "sync.bundle.exported";
        }

        public Object[] messageArgs() {
            return new Object[] {file.toString(), String.valueOf(actions()), String.valueOf(attachments),
                String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)), sha256};
        }
    }

    /** Free space kept beyond the bundle's own size, so the export never fills a disk to the last byte. */
    private static final long SPARE = 8L * 1024 * 1024;

    private final SessionFactory db;
    private final DocumentStore files;
    private final Supplier<SyncConfig> config;
    private final Supplier<String> agencyId;
    private final AuditTrail audit;
    private final Clock clock;
    private final java.util.function.ToLongFunction<Path> freeSpace;

    /**
     * @param files the document store the scans are read from (plain, whether sealed on disk or not), by SHA-256
     * @param config the portal settings; throws a user error when sync is not configured
     */
    public BundleExport(SessionFactory db, DocumentStore files, Supplier<SyncConfig> config, Supplier<String> agencyId,
            AuditTrail audit, Clock clock) {
        this(db, files, config, agencyId, audit, clock, BundleExport::usableSpace);
    }

    /** As above, with how the free space of a folder is read (-1: unknown). */
    BundleExport(SessionFactory db, DocumentStore files, Supplier<SyncConfig> config, Supplier<String> agencyId,
            AuditTrail audit, Clock clock, java.util.function.ToLongFunction<Path> freeSpace) {
        this.freeSpace = freeSpace;
        this.db = db;
        this.files = files;
        this.config = config;
        this.agencyId = agencyId;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Writes the bundle to {@code target} (replacing a file of that name) and records it.
     *
     * @throws UserFacingException sync not configured, nothing to export, the folder not
     *     writable, not enough free space, or the write failed (nothing is left behind then)
     */
    public Result export(Actor actor, Path target, Progress progress) {
        actor.require(Permission.TRANSFER_SYNC_BUNDLE);
        SyncConfig portal = config.get();
        BundlePlan plan = db.fromTransaction(s -> BundlePlan.of(s, files));
        if (plan.actions.isEmpty()) {
            throw new UserFacingException("sync.bundle.nothing");
        }
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(file)) {
            throw new UserFacingException("sync.bundle.folderNotWritable", String.valueOf(folder));
        }
        long needed = BundleWriter.estimate(plan.actions, plan.attachments);
        requireSpace(folder, needed);
        Instant now = clock.instant();
        Path temp;
        try {
            temp = Files.createTempFile(folder, ".motcua-bundle-", ".part");
        } catch (IOException | SecurityException e) {
            throw new UserFacingException(e, "sync.bundle.folderNotWritable", folder.toString());
        }
        BundleWriter.Written written;
        try {
            written = writeDurably(temp, portal, now, plan, progress == null ? Progress.NONE : progress);
            moveIntoPlace(temp, file);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UserFacingException(e, "sync.bundle.writeFailed", file.toString(), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        List<UUID> opIds = plan.opIds();
        try {
            UUID id = db.fromTransaction(s -> {
                SyncBundle same = SyncBundle.bySha256(s, written.sha256());
                SyncBundle bundle = same != null ? same : new SyncBundle(UUID.randomUUID(), written.sha256(),
                        file.getFileName().toString(), now, actor.username(), opIds, plan.attachments.size(), written.bytes());
                if (same == null) {
                    s.persist(bundle);
                }
                audit.record(s, actor, "SYNC_BUNDLE_EXPORT", "sync_bundle", bundle.id(), "file=" + file.getFileName() + " sha256="
                        + written.sha256() + " actions=" + opIds.size() + " attachments=" + plan.attachments.size() + " bytes=" + written.bytes());
                return bundle.id();
            });
            return new Result(id, file, written.sha256(), written.bytes(), opIds, plan.attachments.size());
        } catch (RuntimeException e) {
            deleteQuietly(file); // a bundle this desk has no record of could never be acknowledged
            throw e;
        }
    }

    private BundleWriter.Written writeDurably(Path temp, SyncConfig portal, Instant now, BundlePlan plan, Progress progress)
            throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            BundleWriter.Written w = BundleWriter.write(out, agencyId.get(), portal.clientId(), PortalTime.format(now), plan.actions,
                    plan.attachments, portal.clientSecret(), progress);
            out.flush();
            channel.force(true);
            return w;
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true); // the rename itself survives a power cut (not possible on every OS: best effort)
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; NTFS journals the rename
        }
    }

    private void requireSpace(Path folder, long needed) {
        long free = freeSpace.applyAsLong(folder);
        if (free >= 0 && free < needed + SPARE) {
            throw new UserFacingException("sync.bundle.noSpace", folder.toString(), megabytes(needed + SPARE), megabytes(free));
        }
    }

    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return -1; // unknown: the write itself will tell
        }
    }

    static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the clerk; the name says it is not a bundle
        }
    }
}
