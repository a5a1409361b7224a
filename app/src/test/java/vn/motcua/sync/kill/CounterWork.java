package vn.motcua.sync.kill;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import vn.motcua.AppContext;
import vn.motcua.catalog.Procedure;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierComponent;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;

/**
 * What the clerk does for one dossier of the workload, each step done only if the database
 * says it is not done yet: a desk killed anywhere and started again picks up at the step it
 * was in, and nothing is made twice. Every step is one service call, i.e. one transaction, so
 * "done" read from the database is exact (the receive is also idempotent by its client UUID).
 */
final class CounterWork {
    static final String RECEIVER = "lan";
    static final String REMOVAL_REASON = "Ảnh chụp bị mờ, đã quét lại";
    static final String SUPPLEMENT = "Bổ sung bản sao giấy tờ tùy thân có chứng thực";

    private final AppContext desk;
    private final Actor clerk;
    private final Path scans;

    CounterWork(AppContext desk, Actor clerk, Path scans) {
        this.desk = desk;
        this.clerk = clerk;
        this.scans = scans;
    }

    /** The index to start from: dossiers are finished in order, so only the last received one may be half done. */
    int firstUnfinished(long seed, int n) {
        long received = desk.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "select count(d) from Dossier d", Long.class).getSingleResult());
        for (int i = 0; i < received; i++) {
            UUID id = KillWorkload.of(seed, i).dossierId();
            if (desk.database().sessionFactory().fromTransaction(s -> s.find(Dossier.class, id)) == null) {
                // which dossiers are there instead: a loss after a SIGKILL, or a dossier the workload never made
                java.util.Set<UUID> expected = new java.util.HashSet<>();
                for (int k = 0; k < received + 2; k++) {
                    expected.add(KillWorkload.of(seed, k).dossierId());
                }
                List<String> others = desk.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                        "from Dossier d order by d.code", Dossier.class).getResultList()).stream()
                        .filter(d -> !expected.contains(d.id()) || d.id().equals(KillWorkload.of(seed, (int) received).dossierId())
                                || d.id().equals(KillWorkload.of(seed, (int) received + 1).dossierId()))
                        .map(d -> d.code() + " " + d.id()).toList();
                throw new IllegalStateException("dossier " + i + " missing although " + received + " are stored; beyond the first "
                        + received + " of the workload: " + others);
            }
        }
        return (int) Math.max(0, Math.min(n, received - 1));
    }

    /**
     * Does what is left of dossier {@code w}. A step that fails for a passing reason (the sync
     * runner holding a row lock a moment too long) is tried again from the top, as a clerk
     * presses the button again: every step first reads whether it is done.
     */
    void work(KillWorkload w) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                workOnce(w);
                return;
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                System.err.println("counter step failed, trying again: " + e);
                Thread.sleep(200L * attempt);
            }
        }
    }

    private void workOnce(KillWorkload w) throws java.io.IOException {
        UUID id = w.dossierId();
        String code = desk.intake().receive(clerk, request(w)).code();
        List<String> components = desk.dossiers().require(code).components().stream().map(DossierComponent::code).toList();
        for (int k = 0; k < w.scans(); k++) {
            if (documents(id).size() <= k) {
                Path scan = w.writeScan(scans, k);
                desk.documents().importFiles(clerk, code, components.get(k % components.size()), List.of(scan));
            }
        }
        if (w.removeScan() && documents(id).stream().noneMatch(d -> d.removedAt() != null)) {
            desk.documents().remove(clerk, documents(id).get(0).id(), REMOVAL_REASON);
        }
        if (w.handOver() && count("HandOverStep", id) == 0) {
            desk.processing().handOver(clerk, code, new HandOver(RECEIVER, null, null, null));
        }
        if (w.supplement() && count("SupplementRound", id) == 0) {
            desk.processing().requestSupplement(clerk, code, SUPPLEMENT);
        }
    }

    private IntakeRequest request(KillWorkload w) {
        Procedure p = Intakes.procedure(desk, w.procedure());
        IntakeRequest accept = IntakeRequest.accept(w.procedure(), Intakes.applicant(), Intakes.complete(p, 1, 2));
        return new IntakeRequest(w.dossierId(), accept.procedureCode(), accept.applicant(), accept.applicantType(), accept.ownerName(),
                accept.components(), accept.channel(), null, accept.sets(), accept.returnMethod(), accept.outcome(), accept.reason());
    }

    /** The dossier's documents in the order they were linked, removed ones included. */
    private List<DossierDocument> documents(UUID dossier) {
        return desk.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "from DossierDocument d where d.dossierId = :d order by d.createdAt", DossierDocument.class)
                .setParameter("d", dossier).getResultList());
    }

    private long count(String entity, UUID dossier) {
        return desk.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "select count(x) from " + entity + " x where x.dossierId = :d", Long.class).setParameter("d", dossier).getSingleResult());
    }
}
