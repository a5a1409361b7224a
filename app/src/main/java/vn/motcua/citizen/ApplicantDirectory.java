package vn.motcua.citizen;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.common.Text;

/**
 * The applicants known to the office: a returning citizen is found by ID number or by name and
 * their details reused. Searches run in the database on indexed columns and return at most the
 * requested number of rows.
 */
public final class ApplicantDirectory {
    /** Hard ceiling on one search, whatever the caller asks: a type-ahead needs a screenful. */
    static final int MAX_RESULTS = 200;

    private final SessionFactory db;
    private final Clock clock;
    private final vn.motcua.security.AuditTrail audit;

    public ApplicantDirectory(SessionFactory db, Clock clock) {
        this(db, null, clock);
    }

    /** With the audit trail a person's look-up by ID number is recorded in ({@code APPLICANT_LOOKUP}). */
    public ApplicantDirectory(SessionFactory db, vn.motcua.security.AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * As {@link #search(String, int)} for a person at the desk: a search by ID number (digits)
     * finds people by the number that identifies them, so it is audited as
     * {@code APPLICANT_LOOKUP} with the number masked and how many were found. A name search is
     * the type-ahead of a returning applicant and is not.
     */
    public List<Applicant> search(vn.motcua.security.Actor actor, String query, int limit) {
        List<Applicant> found = search(query, limit);
        String compact = PersonalIds.compact(Text.fold(query));
        if (!compact.isEmpty() && compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (audit == null) {
                throw new IllegalStateException("this ApplicantDirectory was built without an audit trail");
            }
            db.inTransaction(s -> audit.record(s, actor, "APPLICANT_LOOKUP", "applicant",
                    found.size() == 1 ? found.get(0).id() : null,
                    "id=" + PersonalIds.mask(compact) + " found=" + found.size()));
        }
        return found;
    }

    /**
     * Validates {@code details} and records them in the caller's transaction: the applicant with
     * the same ID number is refreshed (fields left empty keep what was on file), otherwise a new
     * applicant is added. Without an ID number there is nothing that safely identifies a person
     * (namesakes are common), so a new applicant is always added.
     *
     * @throws vn.motcua.common.UserFacingException naming the first wrong field; nothing written
     */
    public Applicant remember(Session session, ApplicantDetails details) {
        return remember(session, details, null);
    }

    /**
     * As {@link #remember(Session, ApplicantDetails)}, and when nobody has the new ID number yet
     * but someone is on file under {@code formerIdNumber} (the old 9-digit number a chip card
     * carries, {@link CardData#oldIdNumber()}), that record is taken over: it gets the new number
     * instead of a second record being made for the same person.
     */
    public Applicant remember(Session session, ApplicantDetails details, String formerIdNumber) {
        ApplicantDetails d = details.normalized();
        d.validate();
        if (d.idNumber() != null) {
            Optional<Applicant> known = byIdNumber(session, d.idNumber());
            String former = PersonalIds.compact(formerIdNumber);
            if (known.isEmpty() && !former.isEmpty() && !former.equals(d.idNumber())) {
                known = byIdNumber(session, former);
            }
            if (known.isPresent()) {
                known.get().refresh(d, clock.instant());
                return known.get();
            }
        }
        Applicant applicant = new Applicant(d, clock.instant());
        session.persist(applicant);
        return applicant;
    }

    /** The applicant with this ID number (spaces ignored), if known. */
    public Optional<Applicant> byIdNumber(String idNumber) {
        String id = PersonalIds.compact(idNumber);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return db.fromTransaction(s -> byIdNumber(s, id));
    }

    /**
     * Applicants whose ID number starts with {@code query} (when it is digits) or whose folded
     * name starts with it or has a word starting with it ("dang thi" and "thi" both find "Đặng
     * Thị Hoa"), names starting with it first; at most {@code limit}.
     */
    public List<Applicant> search(String query, int limit) {
        String q = Text.fold(query);
        int max = Math.min(Math.max(limit, 0), MAX_RESULTS);
        if (q.isEmpty() || max == 0) {
            return List.of();
        }
        String compact = PersonalIds.compact(q);
        if (compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return db.fromTransaction(s -> s.createSelectionQuery(
                            "from Applicant where idNumber like :prefix escape '!' order by idNumber", Applicant.class)
                    .setParameter("prefix", compact + "%")
                    .setMaxResults(max).getResultList());
        }
        String pattern = escapeLike(q);
        return db.fromTransaction(s -> {
            List<Applicant> found = new ArrayList<>(s.createSelectionQuery(
                            "from Applicant where searchKey like :prefix escape '!' order by searchKey, id", Applicant.class)
                    .setParameter("prefix", pattern + "%")
                    .setMaxResults(max).getResultList());
            if (found.size() < max) {
                // a word inside the name ("hoa" for "Đặng Thị Hoa"): Vietnamese look up by given name
                found.addAll(s.createSelectionQuery(
                                "from Applicant where searchKey like :word escape '!' and searchKey not like :prefix escape '!'"
                                        + " order by searchKey, id", Applicant.class)
                        .setParameter("word", "% " + pattern + "%")
                        .setParameter("prefix", pattern + "%")
                        .setMaxResults(max - found.size()).getResultList());
            }
            return found;
        });
    }

    private static Optional<Applicant> byIdNumber(Session session, String id) {
        return session.createSelectionQuery("from Applicant where idNumber = :id", Applicant.class)
                .setParameter("id", id).uniqueResultOptional();
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
