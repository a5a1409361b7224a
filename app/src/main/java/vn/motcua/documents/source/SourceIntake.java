package vn.motcua.documents.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.source.SourceOutcome.Status;

/**
 * Files one claimed file and decides where its original goes: done/ once every stored PDF
 * re-hashed to its SHA-256, waiting/ when it needs a target, refused/ with the reason (in
 * Vietnamese, for whoever opens the folder) when the import refused it. Shared by the hot
 * folder and the scanner command so both behave the same. One file at a time.
 */
public final class SourceIntake {
    private static final Logger LOG = LoggerFactory.getLogger(SourceIntake.class);
    private static final Messages VIETNAMESE = Messages.of(Language.VI);

    private final SourceFolders folders;
    private final HotFolderSink sink;
    private final Messages messages;
    private final HotFolderListener listener;
    private final Clock clock;

    /**
     * @param root the working folder ({@code <hot folder>/.motcua}); created on first use
     * @param messages the desk's language, for the listener and outcomes
     */
    public SourceIntake(Path root, HotFolderSink sink, Messages messages, HotFolderListener listener, Clock clock) {
        this.folders = new SourceFolders(root);
        this.sink = sink;
        this.messages = messages;
        this.listener = listener == null ? new HotFolderListener() { } : listener;
        this.clock = clock;
    }

    SourceFolders folders() {
        return folders;
    }

    HotFolderSink sink() {
        return sink;
    }

    /** Moves a file from elsewhere (the scanner's output) into processing/ and files it like a hot-folder file. */
    public synchronized SourceOutcome accept(Path file, Target target) {
        Path claimed;
        try {
            claimed = folders.moveInto(file, folders.processing());
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.source.unmovable", file.toString(), String.valueOf(e.getMessage()));
        }
        return process(claimed, target);
    }

    /** Files a file already in processing/; {@code target} is used only when it has no separator sheet. */
    synchronized SourceOutcome process(Path claimed, Target target) {
        String name = claimed.getFileName().toString();
        listener.taken(name);
        Filing filing;
        try {
            filing = sink.file(claimed, target);
        } catch (UserFacingException e) {
            return refuse(claimed, e.localized(VIETNAMESE), e.localized(messages));
        } catch (RuntimeException e) {
            LOG.error("filing {} failed", claimed, e);
            return refuse(claimed, VIETNAMESE.get("documents.source.failed", name, String.valueOf(e.getMessage())),
                    messages.get("documents.source.failed", name, String.valueOf(e.getMessage())));
        }
        if (filing instanceof Filing.Filed filed) {
            List<String> broken = filed.documents().stream().filter(d -> !sink.isIntact(d.document()))
                    .map(d -> d.document().sha256()).toList();
            if (!broken.isEmpty()) {
                String shas = String.join(", ", broken);
                return refuse(claimed, VIETNAMESE.get("documents.source.notVerified", name, shas),
                        messages.get("documents.source.notVerified", name, shas));
            }
            Path kept = keep(claimed, folders.done());
            try {
                SourceFolders.touch(kept, clock.instant());
            } catch (IOException e) {
                LOG.warn("could not date {}: it is pruned by its own date", kept, e);
            }
            listener.filed(name, filed.documents());
            return new SourceOutcome(name, Status.FILED, filed.documents(), null, kept);
        }
        Path kept = keep(claimed, folders.waiting());
        listener.waiting(name);
        return new SourceOutcome(name, Status.WAITING, List.of(), null, kept);
    }

    private SourceOutcome refuse(Path claimed, String vietnamese, String message) {
        String name = claimed.getFileName().toString();
        Path kept = keep(claimed, folders.refused());
        if (!kept.equals(claimed)) {
            try {
                SourceFolders.writeReason(kept, vietnamese);
            } catch (IOException e) {
                LOG.warn("could not write the reason beside {}: {}", kept, vietnamese, e);
            }
        }
        listener.refused(name, message);
        return new SourceOutcome(name, Status.REFUSED, List.of(), message, kept);
    }

    /** Moves the original on; if that fails it stays in processing/ and is filed again (once) at the next start. */
    private Path keep(Path claimed, Path dir) {
        try {
            return folders.moveInto(claimed, dir);
        } catch (IOException e) {
            LOG.warn("could not move {} to {}; it is retried at the next start", claimed, dir, e);
            return claimed;
        }
    }

    /** Files waiting for the clerk to say which dossier component they belong to, by name. */
    public synchronized List<Path> waiting() {
        try {
            return SourceFolders.files(folders.waiting());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Files a waiting file into {@code target}. A target that does not exist is refused with a
     * message naming it, and the file keeps waiting; a file the import refuses goes to refused/.
     * Runs the import: call it off the FX thread.
     */
    public synchronized SourceOutcome assign(Path waitingFile, Target target) {
        Path file = waitingFile.toAbsolutePath().normalize();
        if (!file.getParent().equals(folders.waiting().toAbsolutePath().normalize()) || !Files.isRegularFile(file)) {
            throw new UserFacingException("documents.source.notWaiting", waitingFile.getFileName().toString());
        }
        sink.checkTarget(target);
        Path claimed;
        try {
            claimed = folders.moveInto(file, folders.processing());
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.source.unmovable", file.toString(), String.valueOf(e.getMessage()));
        }
        return process(claimed, target);
    }

    /** Files left in processing/ by a crash, filed again (the import links the same content once). */
    synchronized List<SourceOutcome> recover(Target target) {
        List<SourceOutcome> outcomes = new ArrayList<>();
        try {
            for (Path left : SourceFolders.files(folders.processing())) {
                outcomes.add(process(left, target));
            }
        } catch (IOException e) {
            LOG.warn("could not list {}", folders.processing(), e);
        }
        return outcomes;
    }
}
