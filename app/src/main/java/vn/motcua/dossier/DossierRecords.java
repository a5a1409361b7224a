package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;

/** Reads stored dossiers by their code: what forms, fees and the command line start from. */
public final class DossierRecords {
    private final SessionFactory db;

    public DossierRecords(SessionFactory db) {
        this.db = db;
    }

    public Optional<Dossier> byCode(String code) {
        String c = Text.nfcOrNull(code);
        return c == null ? Optional.empty() : db.fromTransaction(s -> byCode(s, c));
    }

    /** The dossier, or a sentence naming the code that was not found. */
    public Dossier require(String code) {
        return byCode(code).orElseThrow(() -> new UserFacingException("dossier.notFound", String.valueOf(code)));
    }

    public List<DossierFee> fees(java.util.UUID dossierId) {
        return db.fromTransaction(s -> fees(s, dossierId));
    }

    public List<StatusEvent> events(java.util.UUID dossierId) {
        return db.fromTransaction(s -> s.createSelectionQuery("from StatusEvent e where e.dossierId = :d order by e.seq", StatusEvent.class)
                .setParameter("d", dossierId).getResultList());
    }

    static Optional<Dossier> byCode(Session s, String code) {
        return s.createSelectionQuery("from Dossier d where d.code = :c", Dossier.class).setParameter("c", code)
                .uniqueResultOptional();
    }

    static List<DossierFee> fees(Session s, java.util.UUID dossierId) {
        return s.createSelectionQuery("from DossierFee f where f.dossierId = :d order by f.lineNo", DossierFee.class)
                .setParameter("d", dossierId).getResultList();
    }
}
