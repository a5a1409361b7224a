package vn.motcua.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import vn.motcua.catalog.CatalogImport;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureChange;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * The catalogue is the portal's (fault 32): after each push and pull the runner asks for it with
 * the version last read as {@code If-None-Match}, so an unchanged catalogue costs a 304. A changed
 * one goes through {@link CatalogService} with the same checks as an administrator's file and
 * becomes a new version (audit entry as the system); dossiers already received keep the version
 * and due date they were received with, since a dossier stamps its version at receipt, and
 * dossiers received afterwards use the new one. Both outcomes leave a {@link SyncNotice}: the
 * new version with its procedures, or why the portal's catalogue was refused, in which case
 * nothing is imported and the portal is asked again only after {@link #afterRefusal}.
 *
 * <p>A body that never arrived whole is no refusal: the adapter answers NoAnswer, and the next
 * run asks again.
 */
public final class CatalogPull {
    /** Where a catalogue from the portal says it comes from (the version's source; shown in {@code catalog list}). */
    static final String SOURCE = "portal /v1/catalog";

    private final SessionFactory db;
    private final CatalogService catalog;
    private final Clock clock;
    private final Duration afterRefusal;

    /** @param afterRefusal how long a refused catalogue is left alone before the portal is asked again */
    public CatalogPull(SessionFactory db, CatalogService catalog, Clock clock, Duration afterRefusal) {
        this.db = db;
        this.catalog = catalog;
        this.clock = clock;
        this.afterRefusal = afterRefusal;
    }

    /** What one pull did. */
    public enum Result {
        /** 304: the portal's catalogue is the one last read. */
        UNCHANGED,
        /** 200, but it holds exactly the catalogue in force: nothing stored. */
        SAME,
        /** A new catalogue version was stored. */
        IMPORTED,
        /** The portal's catalogue failed the checks: nothing stored, a notice says why. */
        REFUSED,
        /** Not asked: a refusal is recent. */
        WAITING,
        /** The portal did not answer usefully (line down, overloaded, error); asked again next run. */
        NO_ANSWER
    }

    /** @param version the catalogue version concerned (imported, in force, or refused), when known */
    public record Outcome(Result result, String version, String problem) {
    }

    public Outcome pull(PortalAdapter portal) {
        SyncCatalogRow before = db.fromTransaction(SyncCatalogRow::of);
        Instant now = clock.instant();
        if (before.nextCheckAt() != null && now.isBefore(before.nextCheckAt())) {
            return new Outcome(Result.WAITING, before.etag(), before.problem());
        }
        PortalAnswer answer = portal.catalog(before.etag());
        if (answer instanceof PortalAnswer.Unauthorized && portal.authenticate() instanceof PortalAnswer.Accepted) {
            answer = portal.catalog(before.etag());
        }
        if (!(answer instanceof PortalAnswer.Accepted ok)) {
            return new Outcome(Result.NO_ANSWER, before.etag(), answer.getClass().getSimpleName());
        }
        if (ok.status() == 304) {
            db.inTransaction(s -> SyncCatalogRow.of(s).checked(clock.instant()));
            return new Outcome(Result.UNCHANGED, before.etag(), before.problem());
        }
        return take(ok.body());
    }

    /** A whole 200 answer: imported, identical, or refused with a notice. */
    private Outcome take(JsonNode body) {
        String document = body == null ? "" : body.isTextual() ? body.asText() : body.toString();
        String tag = body != null && body.isObject() && body.path("version").isTextual() ? body.get("version").asText() : null;
        String inForce = catalog.current().version();
        Instant now = clock.instant();
        CatalogImport imported;
        try {
            // the new version, its audit entry, the clerk's notice and the tag read all commit together
            imported = catalog.importFromPortal(document.getBytes(StandardCharsets.UTF_8), SOURCE, (s, i) -> {
                SyncCatalogRow.of(s).current(tag, now, true);
                SyncNotices.record(s, null, null, SyncNotice.Kind.CATALOG_UPDATED, codes(i), inForce, i.version(), now);
            });
        } catch (UserFacingException e) {
            return refused(tag, document, e);
        }
        if (!imported.stored()) {
            db.inTransaction(s -> SyncCatalogRow.of(s).current(tag, now, false));
        }
        return new Outcome(imported.stored() ? Result.IMPORTED : Result.SAME, imported.version(), null);
    }

    private Outcome refused(String tag, String document, UserFacingException e) {
        // the notice is read by clerks of a Vietnamese office; the panel renders its frame in the UI language
        String why = e.localized(Messages.of(Language.VI));
        String which = tag != null ? tag : "sha256:" + digest(document);
        Instant now = clock.instant();
        db.inTransaction(s -> {
            SyncCatalogRow.of(s).refused(tag, why, now, now.plus(afterRefusal));
            if (!SyncNotices.openAlready(s, SyncNotice.Kind.CATALOG_REFUSED, which)) {
                SyncNotices.record(s, null, null, SyncNotice.Kind.CATALOG_REFUSED, why, catalog.current().version(), which, now);
            }
        });
        return new Outcome(Result.REFUSED, which, why);
    }

    /** The procedure codes of an import, marked + added, ~ changed, - removed (what the notice counts). */
    private static String codes(CatalogImport i) {
        List<String> out = new ArrayList<>();
        i.added().forEach(p -> out.add("+" + code(p)));
        i.changed().forEach(p -> out.add("~" + code(p)));
        i.removed().forEach(p -> out.add("-" + code(p)));
        return String.join(" ", out);
    }

    private static String code(ProcedureChange p) {
        return p.code().replace(' ', '_');
    }

    /** A short digest naming a catalogue that carries no version. */
    private static String digest(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
