package vn.motcua.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import vn.motcua.common.Text;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;

/**
 * The weekly integrity check of the document store (issue 6 item 7): re-hashes every file a
 * dossier references and records the run, so a disk that silently loses or corrupts scans is
 * noticed within a week rather than when a citizen's paper is needed. Electronic results have
 * the legal value of paper (reference §10): losing one unnoticed is losing the paper.
 */
public final class IntegrityCheck {
    /** A check is due when none ran within this period. */
    public static final Duration INTERVAL = Duration.ofDays(7);
    /** Trigger of a run asked for by a person ({@code documents verify}). */
    public static final String MANUAL = "manual";
    /** Trigger of a run started by {@link IntegritySchedule}. */
    public static final String SCHEDULE = "schedule";

    private static final int LISTED = 20;

    private final SessionFactory db;
    private final ScanImportService documents;
    private final AuditTrail audit;
    private final Clock clock;

    public IntegrityCheck(SessionFactory db, ScanImportService documents, AuditTrail audit, Clock clock) {
        this.db = db;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when no run started within {@link #INTERVAL} before {@code now}. */
    public boolean due(Instant now) {
        return last().map(r -> !r.startedAt().isAfter(now.minus(INTERVAL))).orElse(true);
    }

    /**
     * Re-hashes the store now and records the run with an audit entry {@code DOCUMENTS_VERIFY}
     * (naming the first missing and altered files); returns what was found.
     */
    public VerifyReport runNow(Actor actor, String trigger) {
        actor.require(Permission.VERIFY_DOCUMENTS);
        String given = Optional.ofNullable(Text.nfcOrNull(trigger)).orElse(MANUAL);
        String why = given.length() > 32 ? given.substring(0, 32) : given;
        Instant started = clock.instant();
        VerifyReport report = documents.verify();
        Instant finished = clock.instant();
        CheckRun run = new CheckRun(started, finished, report, why, actor.username());
        db.inTransaction(s -> {
            s.persist(run);
            audit.record(s, actor, "DOCUMENTS_VERIFY", "document_store", run.id(), detail(report, why));
        });
        return report;
    }

    /** The most recent run, if any. */
    public Optional<CheckRun> last() {
        return db.fromTransaction(s -> s.createSelectionQuery("from CheckRun r order by r.startedAt desc", CheckRun.class)
                .setMaxResults(1).uniqueResultOptional());
    }

    private static String detail(VerifyReport r, String trigger) {
        List<String> listed = Stream.concat(r.missing().stream().map(h -> "missing:" + h), r.altered().stream().map(h -> "altered:" + h))
                .limit(LISTED).toList();
        return "trigger=" + trigger + " checked=" + r.checked() + " missing=" + r.missing().size() + " altered="
                + r.altered().size() + (listed.isEmpty() ? "" : " " + String.join(" ", listed));
    }
}
