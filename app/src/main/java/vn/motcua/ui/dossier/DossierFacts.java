package vn.motcua.ui.dossier;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.documents.DocumentKind;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierComponent;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncState;
import vn.motcua.ui.I18n;

/** Turns a dossier snapshot into the header facts and the document and sync lines the view lists. */
final class DossierFacts {
    private DossierFacts() {
    }

    static List<DossierViewModel.Fact> of(I18n i18n, DossierSnapshot s) {
        Dossier d = s.story().dossier();
        List<DossierViewModel.Fact> facts = new ArrayList<>();
        facts.add(new DossierViewModel.Fact("code", i18n.t("ui.dossier.fact.code"), d.code()));
        facts.add(new DossierViewModel.Fact("applicant", i18n.t("ui.dossier.fact.applicant"), d.applicant().fullName()));
        facts.add(new DossierViewModel.Fact("procedure", i18n.t("ui.dossier.fact.procedure"), d.procedureName()));
        facts.add(new DossierViewModel.Fact("received", i18n.t("ui.dossier.fact.received"), Shown.when(d.receivedAt())));
        facts.add(new DossierViewModel.Fact("due", i18n.t("ui.dossier.fact.due"), Shown.when(d.dueAt())));
        String remaining = d.status() == vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED ? i18n.t("ui.dossier.remaining.paused")
                : DossierViewModel.remaining(i18n, s.remaining());
        facts.add(new DossierViewModel.Fact("remaining", i18n.t("ui.dossier.fact.remaining"), remaining));
        String status = Shown.status(i18n, d.status());
        if (d.verdict().isPresent()) {
            status = status + " · " + Shown.verdict(i18n, d.verdict().get());
        }
        facts.add(new DossierViewModel.Fact("status", i18n.t("ui.dossier.fact.status"), status));
        String handler = d.handlerName() == null ? "—"
                : d.handlerUnit() == null || d.handlerUnit().equals(d.handlerName()) ? d.handlerName()
                : d.handlerName() + " (" + d.handlerUnit() + ")";
        facts.add(new DossierViewModel.Fact("handler", i18n.t("ui.dossier.fact.handler"), handler));
        facts.add(new DossierViewModel.Fact("sync", i18n.t("ui.dossier.fact.sync"), syncState(i18n, s.story().syncState())));
        if (d.returnedTo() != null) {
            facts.add(new DossierViewModel.Fact("returnedTo", i18n.t("ui.dossier.fact.returnedTo"),
                    i18n.t("ui.dossier.fact.returnedTo.value", d.returnedTo(), Shown.when(d.returnedAt()))));
        }
        return facts;
    }

    /** Component, pages, digitized / reused flags; removed documents say so with the reason. */
    static List<String> documents(I18n i18n, Dossier d, List<DossierDocument> docs, List<vn.motcua.dossier.DossierSignature> signatures) {
        List<String> lines = new ArrayList<>();
        for (DossierDocument doc : docs) {
            String component = doc.kind() == DocumentKind.RESULT ? i18n.t("ui.dossier.document.result")
                    : doc.kind() == DocumentKind.LETTER ? i18n.t("ui.dossier.document.letter", doc.componentCode().replace("MAU_", ""))
                    : d.components().stream().filter(c -> c.code().equals(doc.componentCode())).map(DossierComponent::name).findFirst()
                            .orElse(doc.componentCode());
            StringBuilder line = new StringBuilder(i18n.t("ui.dossier.document.line", component, doc.componentCode(),
                    String.valueOf(doc.pages()), doc.fileName()));
            if (doc.digitized()) {
                line.append(" · ").append(i18n.t("ui.dossier.document.digitized"));
            }
            if (doc.reused()) {
                line.append(" · ").append(i18n.t("ui.dossier.document.reused"));
            }
            if (doc.removedAt() != null) {
                line.append(" · ").append(i18n.t("ui.dossier.document.removed", String.valueOf(doc.removalReason())));
            }
            // who signed this very file, and when (reference §13): the signature is on the stored bytes
            signatures.stream().filter(g -> g.documentSha256().equals(doc.sha256())).forEach(g -> line.append(" · ")
                    .append(i18n.t("ui.dossier.document.signed", g.signerName(), Shown.when(g.signedAt()))));
            lines.add(line.toString());
        }
        return lines;
    }

    /** One line per outbox action: what, its state, when queued and sent, the portal's complaint. */
    static List<String> sync(I18n i18n, List<OutboxEntry> history) {
        List<String> lines = new ArrayList<>();
        for (OutboxEntry e : history) {
            String state = switch (e.state()) {
                case PENDING, IN_FLIGHT, UNKNOWN -> i18n.t("ui.dossier.outbox.pending");
                case DONE -> i18n.t("ui.dossier.outbox.sent");
                case REJECTED, CONFLICT -> i18n.t("ui.dossier.outbox.attention");
                case SET_ASIDE -> i18n.t("ui.dossier.outbox.setAside");
            };
            String line = i18n.t("ui.dossier.outbox.line", e.action(), state, Shown.when(e.createdAt()));
            if (e.doneAt() != null) {
                line += " · " + i18n.t("ui.dossier.outbox.sentAt", Shown.when(e.doneAt()));
            }
            if (e.lastError() != null) {
                line += " · " + e.lastError();
            }
            lines.add(line);
        }
        return lines;
    }

    /** The sync state in words (design/sync.md). */
    static String syncState(I18n i18n, SyncState state) {
        return i18n.t((state == null ? SyncState.SYNCED : state).messageKey());
    }
}
