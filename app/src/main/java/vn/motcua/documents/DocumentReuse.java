package vn.motcua.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.citizen.PersonalIds;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierComponent;
import vn.motcua.dossier.DossierRecords;
import vn.motcua.dossier.IndexFacts;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;
import vn.motcua.sync.Outbox;

/**
 * Reuse of earlier digitized papers (issue 6 item 6, Decision 766 "share reusing digitized
 * data"): a returning applicant, found by personal ID number, need not have the same paper
 * scanned again.
 *
 * <p><b>"Of the same kind".</b> Component codes are unique only within one procedure: in the
 * starter catalogue {@code TK} is the birth declaration in 1.001193 and the marriage declaration
 * in 1.000894, so equal codes across procedures mean nothing. Equal names do: provinces copy
 * the national wording ("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp" in both permanent and
 * temporary residence). So an earlier paper matches a component when it was filed under the
 * same code in the <em>same procedure</em>, or under a component whose name folds
 * ({@link Text#fold}) to the same key. The name compared is the one stored on the earlier
 * dossier's checklist, as it was when that dossier was received.
 *
 * <p><b>Flags.</b> A reused link is {@code reused=true, digitized=false}: reference §10 gives
 * every submitted file three independent flags (digitized, reused from an earlier
 * digitization, taken from the national store) and Decision 766 scores "dossiers with digitized
 * components" and "reusing digitized data" as separate shares. The new dossier's paper was not
 * scanned; counting it as digitized too would report the one scan twice.
 */
public final class DocumentReuse {
    private final SessionFactory db;
    private final DossierRecords dossiers;
    private final CatalogService catalog;
    private final DocumentStore store;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public DocumentReuse(SessionFactory db, DossierRecords dossiers, CatalogService catalog, DocumentStore store, AuditTrail audit,
            Outbox outbox, Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.store = store;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An earlier scan with the dossier and checklist line it was filed under. */
    private record Earlier(DossierDocument doc, String dossierCode, String procedureCode, String componentName) {
    }

    /**
     * For each component of the procedure in force, the newest intact, active scan of the same
     * kind from the applicant's earlier dossiers; components without one are left out. Showing
     * them shows which dossiers this person had: audited {@code DOCUMENT_REUSE_OFFERS} (ID masked)
     * whenever there is something to show.
     */
    public List<ReuseOffer> offers(Actor actor, String applicantIdNumber, String procedureCode) {
        actor.require(Permission.RECEIVE_DOSSIER);
        String id = PersonalIds.compact(Text.nfcOrNull(applicantIdNumber));
        Procedure procedure = catalog.find(Text.nfcOrNull(procedureCode))
                .orElseThrow(() -> new UserFacingException("dossier.unknownProcedure", String.valueOf(procedureCode)));
        if (id.isEmpty()) {
            return List.of();
        }
        List<Earlier> earlier = db.fromTransaction(s -> earlierScans(s, id));
        List<ReuseOffer> offers = new ArrayList<>();
        for (RequiredComponent c : procedure.components()) {
            earlier.stream().filter(e -> sameKind(e, procedure.code(), c.code(), c.name())).filter(e -> intact(e.doc())).findFirst()
                    .ifPresent(e -> offers.add(new ReuseOffer(c.code(), e.doc().id(), e.dossierCode(), e.doc().sha256(),
                            e.doc().pages(), e.doc().createdAt())));
        }
        if (!offers.isEmpty()) {
            db.inTransaction(s -> audit.record(s, actor, "DOCUMENT_REUSE_OFFERS", "applicant", PersonalIds.mask(id),
                    "procedure=" + procedure.code() + " offers=" + offers.size() + " from="
                            + String.join(",", offers.stream().map(ReuseOffer::fromDossierCode).distinct().toList())));
        }
        return offers;
    }

    /**
     * Links the stored PDF of an earlier scan to a component of {@code dossierCode}, flagged
     * reused, in one transaction with audit {@code DOCUMENT_REUSE} and an outbox upload. The
     * earlier document must belong to the same applicant (same ID number), be active, of the
     * same kind and its file intact. Linking the same file twice returns the existing link.
     */
    public DossierDocument reuse(Actor actor, String dossierCode, String componentCode, UUID documentId) {
        actor.require(Permission.DIGITIZE);
        Dossier target = dossiers.require(dossierCode);
        String component = Text.nfcOrNull(componentCode);
        DossierComponent line = target.components().stream().filter(c -> c.code().equals(component)).findFirst()
                .orElseThrow(() -> new UserFacingException("documents.componentUnknown", target.code(), String.valueOf(componentCode),
                        String.join(", ", target.components().stream().map(DossierComponent::code).toList())));
        String id = target.applicant().idNumber();
        DossierDocument result = db.fromTransaction(s -> {
            Earlier e = earlier(s, documentId).orElseThrow(() -> s.find(DossierDocument.class, documentId) == null
                    ? new UserFacingException("documents.notFound", String.valueOf(documentId))
                    : new UserFacingException("documents.reuse.notReusable", String.valueOf(documentId))); // a result (KET_QUA)
            Dossier from = s.find(Dossier.class, e.doc().dossierId());
            if (e.doc().removedAt() != null || e.doc().kind() != DocumentKind.INPUT || from.id().equals(target.id())) {
                throw new UserFacingException("documents.reuse.notReusable", String.valueOf(documentId));
            }
            if (id == null || !id.equals(from.applicant().idNumber())) {
                throw new UserFacingException("documents.reuse.otherApplicant", e.dossierCode(), target.code());
            }
            if (!sameKind(e, target.procedureCode(), line.code(), line.name())) {
                throw new UserFacingException("documents.reuse.otherKind", e.componentName(), line.name());
            }
            if (!intact(e.doc())) {
                throw new UserFacingException("documents.reuse.damaged", e.dossierCode());
            }
            Optional<DossierDocument> existing = s.createSelectionQuery("from DossierDocument d where d.dossierId = :d"
                    + " and d.componentCode = :c and d.sha256 = :h and d.removedAt is null", DossierDocument.class)
                    .setParameter("d", target.id()).setParameter("c", component).setParameter("h", e.doc().sha256())
                    .getResultStream().findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            Instant now = clock.instant();
            DossierDocument doc = DossierDocument.reusedFrom(e.doc(), target.id(), component, target.code() + "_" + component + ".pdf",
                    now, actor.username());
            s.persist(doc);
            IndexFacts.refresh(s, target.id());
            audit.record(s, actor, "DOCUMENT_REUSE", "dossier", target.id(), "component=" + component + " sha256=" + doc.sha256()
                    + " from=" + e.dossierCode() + " document=" + e.doc().id());
            outbox.enqueue(s, "dossier", target.id(), "DOCUMENT_UPLOAD", ScanImportService.payload(target, doc));
            return doc;
        });
        return result;
    }

    /** Active original scans of the applicant's dossiers, newest first, with the checklist line they fill. */
    private static List<Earlier> earlierScans(Session s, String idNumber) {
        return s.createSelectionQuery("select d, x.code, x.procedureCode, c.name from DossierDocument d, Dossier x join x.components c"
                + " where d.dossierId = x.id and c.code = d.componentCode and x.applicant.idNumber = :n and d.kind = :k"
                + " and d.digitized = true and d.removedAt is null order by d.createdAt desc", Object[].class)
                .setParameter("n", idNumber).setParameter("k", DocumentKind.INPUT).getResultList().stream()
                .map(r -> new Earlier((DossierDocument) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    private static Optional<Earlier> earlier(Session s, UUID documentId) {
        return s.createSelectionQuery("select d, x.code, x.procedureCode, c.name from DossierDocument d, Dossier x join x.components c"
                + " where d.id = :id and d.dossierId = x.id and c.code = d.componentCode", Object[].class)
                .setParameter("id", documentId).getResultStream().findFirst()
                .map(r -> new Earlier((DossierDocument) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }

    private static boolean sameKind(Earlier e, String procedureCode, String componentCode, String componentName) {
        boolean sameCode = e.procedureCode().equals(procedureCode) && e.doc().componentCode().equals(componentCode);
        return sameCode || Text.fold(e.componentName()).equals(Text.fold(componentName));
    }

    private boolean intact(DossierDocument doc) {
        return store.verify(List.of(doc.sha256())).intact();
    }
}
