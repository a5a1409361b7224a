package vn.motcua.dossier;

import java.util.UUID;
import org.hibernate.Session;

/**
 * The document and fee facts the Decision 766 index counts, kept on the dossier row
 * ({@code dossier.idx_facts}, a bitmask, migration V22) so a period's shares are one index range
 * instead of correlated lookups per dossier. Every writer of {@code dossier_document} or
 * {@code dossier_fee} calls {@link #refresh} in its own transaction after its change: the facts
 * are recomputed from the rows themselves, so they can never drift from the definitions.
 */
public final class IndexFacts {
    /** An active (not removed) input paper digitized for this dossier. */
    public static final int DIGITIZED_INPUT = 1;
    /** An active input paper reused from an earlier dossier or the national store. */
    public static final int REUSED_INPUT = 2;
    /** An active electronic result. */
    public static final int ELECTRONIC_RESULT = 4;
    /** A fee line above zero was paid (it may since have been refunded). */
    public static final int FEE_PAID = 8;
    /** Such a line was paid by transfer (online payment). */
    public static final int FEE_ONLINE = 16;

    /** The definitions, as SQL on a dossier aliased {@code d}; V22's backfill spells the same. */
    static final String EXPRESSION = ""
            + "case when exists (select 1 from dossier_document x where x.dossier_id = d.id and x.kind = 'INPUT'"
            + " and x.removed_at is null and x.digitized = true) then 1 else 0 end"
            + " + case when exists (select 1 from dossier_document x where x.dossier_id = d.id and x.kind = 'INPUT'"
            + " and x.removed_at is null and (x.reused = true or x.from_national_store = true)) then 2 else 0 end"
            + " + case when exists (select 1 from dossier_document x where x.dossier_id = d.id and x.kind = 'RESULT'"
            + " and x.removed_at is null) then 4 else 0 end"
            + " + case when exists (select 1 from dossier_fee f where f.dossier_id = d.id and f.amount > 0"
            + " and f.state in ('PAID', 'REFUNDED')) then 8 else 0 end"
            + " + case when exists (select 1 from dossier_fee f where f.dossier_id = d.id and f.amount > 0"
            + " and f.state in ('PAID', 'REFUNDED') and f.method = 'TRANSFER') then 16 else 0 end";

    private IndexFacts() {
    }

    /**
     * Recomputes the facts of {@code dossierId} from its documents and fees as they stand in this
     * session (pending changes are flushed first). Call it after adding, removing or settling any.
     */
    public static void refresh(Session session, UUID dossierId) {
        session.flush();
        session.createNativeMutationQuery("update dossier d set idx_facts = " + EXPRESSION + " where d.id = :id")
                .setParameter("id", dossierId).executeUpdate();
    }

    /** The SQL condition "the dossier aliased {@code d} has {@code fact}" (portable: no bit operators). */
    public static String has(int fact) {
        return fact == 1 ? "mod(d.idx_facts, 2) = 1" : "mod(d.idx_facts / " + fact + ", 2) = 1";
    }
}
