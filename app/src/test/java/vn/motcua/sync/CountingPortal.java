package vn.motcua.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/** A portal that counts the sends of each idempotency key and lets one thread in at a time. */
final class CountingPortal implements PortalAdapter {
    private final PortalAdapter inner;
    final Map<UUID, AtomicInteger> sends = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> senders = new ConcurrentHashMap<>();

    CountingPortal(PortalAdapter inner) {
        this.inner = inner;
    }

    private void count(UUID opId) {
        sends.computeIfAbsent(opId, k -> new AtomicInteger()).incrementAndGet();
        senders.computeIfAbsent(Thread.currentThread().getName(), k -> new AtomicInteger()).incrementAndGet();
    }

    /** Batches passed through (each of their actions is counted as a send of its key). */
    final AtomicInteger batches = new AtomicInteger();
    final java.util.List<Integer> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public synchronized PortalAnswer batch(List<vn.motcua.sync.http.ContractRequest> requests) {
        PortalAnswer a = inner.batch(requests);
        if (!(a instanceof PortalAnswer.Refused)) {
            batches.incrementAndGet();
            sizes.add(requests.size());
            requests.forEach(r -> count(r.opId()));
        }
        return a;
    }

    @Override
    public synchronized PortalAnswer authenticate() {
        return inner.authenticate();
    }

    @Override
    public synchronized PortalAnswer putDossier(UUID dossier, UUID opId, Long ifMatch, String body) {
        count(opId);
        return inner.putDossier(dossier, opId, ifMatch, body);
    }

    @Override
    public synchronized PortalAnswer patchDossier(UUID dossier, UUID opId, long ifMatch, String body) {
        count(opId);
        return inner.patchDossier(dossier, opId, ifMatch, body);
    }

    @Override
    public synchronized PortalAnswer getDossier(UUID dossier) {
        return inner.getDossier(dossier);
    }

    @Override
    public synchronized PortalAnswer putEvent(UUID dossier, UUID event, UUID opId, String body) {
        count(opId);
        return inner.putEvent(dossier, event, opId, body);
    }

    @Override
    public synchronized PortalAnswer putFile(UUID dossier, UUID file, UUID opId, String body) {
        count(opId);
        return inner.putFile(dossier, file, opId, body);
    }

    @Override
    public synchronized PortalAnswer tombstoneFile(UUID dossier, UUID file, UUID opId, String reason) {
        count(opId);
        return inner.tombstoneFile(dossier, file, opId, reason);
    }

    @Override
    public synchronized PortalAnswer openUpload(UUID attachment, UUID opId, String sha256, long bytes, String contentType) {
        return inner.openUpload(attachment, opId, sha256, bytes, contentType);
    }

    @Override
    public synchronized PortalAnswer uploadOffset(UUID attachment) {
        return inner.uploadOffset(attachment);
    }

    @Override
    public synchronized PortalAnswer sendChunk(UUID attachment, long offset, byte[] chunk, int length) {
        chunks.add(length);
        return inner.sendChunk(attachment, offset, chunk, length);
    }

    /** Sizes of the chunks passed through, in order, and how many asked to finish the upload with them. */
    final List<Integer> chunks = new java.util.concurrent.CopyOnWriteArrayList<>();
    final AtomicInteger lastChunks = new AtomicInteger();
    final AtomicInteger finishes = new AtomicInteger();

    /** Set: behave as an adapter written before the finishing chunk (the interface's default: a plain chunk). */
    volatile boolean withoutFinishingChunk;

    @Override
    public synchronized PortalAnswer sendLastChunk(UUID attachment, long offset, byte[] chunk, int length) {
        if (withoutFinishingChunk) {
            return sendChunk(attachment, offset, chunk, length);
        }
        chunks.add(length);
        lastChunks.incrementAndGet();
        return inner.sendLastChunk(attachment, offset, chunk, length);
    }

    @Override
    public synchronized PortalAnswer finishUpload(UUID attachment) {
        finishes.incrementAndGet();
        return inner.finishUpload(attachment);
    }

    @Override
    public synchronized PortalAnswer changes(String agencyId, String cursor, int limit) {
        return inner.changes(agencyId, cursor, limit);
    }

    @Override
    public synchronized PortalAnswer snapshot(String agencyId, String page, int limit) {
        return inner.snapshot(agencyId, page, limit);
    }

    @Override
    public synchronized PortalAnswer catalog(String etag) {
        return inner.catalog(etag);
    }

    @Override
    public synchronized PortalAnswer leaseCodes(String agencyId, UUID opId, List<LocalDate> days, int size) {
        return inner.leaseCodes(agencyId, opId, days, size);
    }
}
