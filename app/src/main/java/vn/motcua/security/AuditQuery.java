package vn.motcua.security;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.SelectionQuery;
import vn.motcua.citizen.PersonalIds;
import vn.motcua.common.UserFacingException;

/**
 * The audit trail read back for the chair and the administrator ({@link Permission#VIEW_AUDIT}):
 * filtered by days, user, action and subject, newest first, paged by the database on indexed
 * columns (V1: at, subject; V24: actor, action). The CSV export of a filter is itself audited
 * ({@code AUDIT_EXPORT}): an export of who saw what is personal data leaving the screen too.
 */
public final class AuditQuery {
    /** The largest page one call returns (the screen shows 100; the command line asks for more). */
    public static final int MAX_PAGE = 10_000;
    /** Entries read per round while exporting, so a long trail never sits in memory at once. */
    static final int EXPORT_CHUNK = 500;
    static final String DOSSIER = "dossier";

    private final SessionFactory db;
    private final AuditTrail trail;

    public AuditQuery(SessionFactory db, AuditTrail trail) {
        this.db = db;
        this.trail = trail;
    }

    /** Entries {@code offset … offset+limit-1} of those matching {@code filter}, newest first. */
    public AuditPage page(Actor actor, AuditFilter filter, int offset, int limit) {
        actor.require(Permission.VIEW_AUDIT);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new UserFacingException("audit.badPage", String.valueOf(MAX_PAGE));
        }
        return db.fromTransaction(s -> {
            Where w = where(s, filter);
            List<AuditEntry> entries = w.bind(s.createSelectionQuery("from AuditEntry e" + w.sql + " order by e.seq desc",
                    AuditEntry.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
            long total = w.bind(s.createSelectionQuery("select count(e) from AuditEntry e" + w.sql, Long.class)).getSingleResult();
            return new AuditPage(lines(s, entries), total, offset, limit);
        });
    }

    /** The actions the trail holds, alphabetically (the screen's action choices). */
    public List<String> actions(Actor actor) {
        actor.require(Permission.VIEW_AUDIT);
        return db.fromTransaction(s -> s.createSelectionQuery("select distinct e.action from AuditEntry e order by e.action",
                String.class).getResultList());
    }

    /**
     * Writes every entry matching {@code filter} to {@code target} as CSV (UTF-8 with BOM, RFC
     * 4180; through a temporary file beside it, never half a file) and records
     * {@code AUDIT_EXPORT} with the filter in the same transaction.
     *
     * @return how many entries were written
     */
    public long export(Actor actor, AuditFilter filter, Path target) {
        actor.require(Permission.VIEW_AUDIT);
        Path abs = target.toAbsolutePath();
        return db.fromTransaction(s -> {
            Where w = where(s, filter);
            long written = 0;
            Path tmp = null;
            try {
                tmp = Files.createTempFile(abs.getParent(), ".motcua-", ".csv.tmp");
                try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                    AuditCsv.header(out);
                    Long before = null;
                    while (true) {
                        String sql = "from AuditEntry e" + w.sql + (before == null ? "" : (w.sql.isEmpty() ? " where" : " and")
                                + " e.seq < :before") + " order by e.seq desc";
                        SelectionQuery<AuditEntry> q = w.bind(s.createSelectionQuery(sql, AuditEntry.class));
                        if (before != null) {
                            q.setParameter("before", before);
                        }
                        List<AuditEntry> chunk = q.setMaxResults(EXPORT_CHUNK).getResultList();
                        for (AuditLine line : lines(s, chunk)) {
                            AuditCsv.line(out, line);
                        }
                        written += chunk.size();
                        s.clear();
                        if (chunk.size() < EXPORT_CHUNK) {
                            break;
                        }
                        before = chunk.get(chunk.size() - 1).seq();
                    }
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | UncheckedIOException e) {
                deleteQuietly(tmp);
                throw new UserFacingException(e, "audit.cannotWrite", abs.toString(), String.valueOf(e.getMessage()));
            }
            trail.record(s, actor, "AUDIT_EXPORT", "file", null, describe(filter) + " entries=" + written + " file=" + abs.getFileName());
            return written;
        });
    }

    /** The filter in the audit's own words ("from=2026-11-01 user=thu"), for the export's entry. */
    static String describe(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.from() != null) {
            parts.add("from=" + f.from());
        }
        if (f.to() != null) {
            parts.add("to=" + f.to());
        }
        if (f.user() != null) {
            parts.add("user=" + f.user());
        }
        if (f.action() != null) {
            parts.add("action=" + f.action());
        }
        if (f.subject() != null) {
            parts.add("subject=" + PersonalIds.maskAll(f.subject()));
        }
        return parts.isEmpty() ? "all" : String.join(" ", parts);
    }

    private static Where where(Session s, AuditFilter f) {
        Where w = new Where();
        if (f.fromInstant() != null) {
            w.and("e.at >= :from", "from", f.fromInstant());
        }
        if (f.toExclusive() != null) {
            w.and("e.at < :to", "to", f.toExclusive());
        }
        if (f.user() != null) {
            w.and("e.actorName = :user", "user", f.user());
        }
        if (f.action() != null) {
            w.and("e.action = :action", "action", f.action());
        }
        if (f.subject() != null) {
            String dossierId = dossierIdOf(s, f.subject());
            if (dossierId != null) {
                w.and("e.subjectId in (:subject, :dossierId)", "subject", f.subject());
                w.params.put("dossierId", dossierId);
            } else {
                w.and("e.subjectId = :subject", "subject", parsesAsUuid(f.subject()) ? f.subject().toLowerCase(java.util.Locale.ROOT)
                        : f.subject());
            }
        }
        return w;
    }

    /** The id of the dossier with this code, as audit subjects carry it; null when no dossier has it. */
    private static String dossierIdOf(Session s, String code) {
        List<Object> ids = s.createNativeQuery("select id from dossier where code = :c", Object.class)
                .setParameter("c", code).getResultList();
        return ids.isEmpty() ? null : uuid(ids.get(0)).toString();
    }

    private static List<AuditLine> lines(Session s, List<AuditEntry> entries) {
        List<UUID> dossierIds = new ArrayList<>();
        for (AuditEntry e : entries) {
            if (DOSSIER.equals(e.subjectType()) && parsesAsUuid(e.subjectId())) {
                dossierIds.add(UUID.fromString(e.subjectId()));
            }
        }
        Map<String, String> codes = new HashMap<>();
        if (!dossierIds.isEmpty()) {
            List<Object[]> rows = s.createNativeQuery("select id, code from dossier where id in (:ids)", Object[].class)
                    .setParameterList("ids", dossierIds.stream().distinct().toList()).getResultList();
            rows.forEach(r -> codes.put(uuid(r[0]).toString(), (String) r[1]));
        }
        List<AuditLine> lines = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            String label = e.subjectId() == null ? null : codes.getOrDefault(e.subjectId(), e.subjectId());
            lines.add(new AuditLine(e.seq(), e.at(), e.actorName(), e.action(), e.subjectType(), e.subjectId(), label,
                    PersonalIds.maskAll(e.detail())));
        }
        return lines;
    }

    private static boolean parsesAsUuid(String s) {
        if (s == null || s.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static UUID uuid(Object o) {
        if (o instanceof UUID u) {
            return u;
        }
        if (o instanceof byte[] bytes) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(b.getLong(), b.getLong());
        }
        return UUID.fromString(o.toString());
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a stray temporary file beside the target is harmless
            }
        }
    }

    /** The filter's conditions and their parameters, built once and bound to each query. */
    private static final class Where {
        String sql = "";
        final Map<String, Object> params = new LinkedHashMap<>();

        void and(String condition, String name, Object value) {
            sql += (sql.isEmpty() ? " where " : " and ") + condition;
            params.put(name, value);
        }

        <T> SelectionQuery<T> bind(SelectionQuery<T> q) {
            params.forEach(q::setParameter);
            return q;
        }
    }
}
