package vn.motcua.sync.bundle;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.documents.DocumentStore;
import org.hibernate.Session;
import vn.motcua.sync.AnswerRecorder;
import vn.motcua.sync.EntryRequest;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.SyncDossier;

/**
 * Which outbox entries a bundle carries, in the order the online sender would send them: dossier
 * by dossier (in queueing order of their oldest waiting entry), each dossier first-in first-out,
 * stopping where the sender would stop — at an entry that needs a person (REJECTED, CONFLICT), at
 * one in flight, or at an upload whose scan is not in the store. A status move the portal refused
 * after its own decision does not hold the rest back, as online. Retry timers are ignored: a
 * bundle is a "send now". Each attachment the carried uploads need is listed once.
 */
final class BundlePlan {
    final List<BundleWriter.Action> actions = new ArrayList<>();
    final List<BundleWriter.Attachment> attachments = new ArrayList<>();

    private BundlePlan() {
    }

    static BundlePlan of(Session s, DocumentStore files) {
        List<OutboxEntry> open = s.createSelectionQuery("from OutboxEntry e where e.state <> :done order by e.seq", OutboxEntry.class)
                .setParameter("done", State.DONE).getResultList();
        Map<UUID, List<OutboxEntry>> byDossier = new LinkedHashMap<>();
        for (OutboxEntry e : open) {
            byDossier.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(e);
        }
        BundlePlan plan = new BundlePlan();
        Map<UUID, BundleWriter.Attachment> seen = new LinkedHashMap<>();
        for (Map.Entry<UUID, List<OutboxEntry>> d : byDossier.entrySet()) {
            SyncDossier known = s.find(SyncDossier.class, d.getKey());
            Long version = known == null ? null : known.serverVersion();
            for (OutboxEntry e : d.getValue()) {
                if (e.state() == State.REJECTED && AnswerRecorder.nonBlocking(e.errorCode())) {
                    continue;
                }
                if (e.state() != State.PENDING && e.state() != State.UNKNOWN) {
                    break;
                }
                EntryRequest r = EntryRequest.of(e, version);
                if (r.attachment() != null && !seen.containsKey(r.attachment().uuid())) {
                    BundleWriter.Attachment a = stored(r.attachment(), files);
                    if (a == null) {
                        break; // online this upload would wait for its scan; so do the entries behind it
                    }
                    seen.put(a.uuid(), a);
                }
                plan.actions.add(new BundleWriter.Action(e.id(), r.wire()));
            }
        }
        plan.attachments.addAll(seen.values());
        return plan;
    }

    private static BundleWriter.Attachment stored(EntryRequest.Attachment ref, DocumentStore files) {
        try {
            String sha = ref.sha256();
            return !Files.isReadable(files.pathOf(sha)) ? null
                    : new BundleWriter.Attachment(ref.uuid(), sha, files.size(sha), () -> files.open(sha));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    List<UUID> opIds() {
        return actions.stream().map(BundleWriter.Action::opId).toList();
    }
}
