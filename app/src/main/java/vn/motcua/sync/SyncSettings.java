package vn.motcua.sync;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.hibernate.SessionFactory;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;

/**
 * The portal settings of the office ({@code sync configure}).
 *
 * <p>How the client secret is kept: in the office database ({@code sync_config}), because the
 * credentials belong to the office, not to one PC, and every desk's runner must be able to
 * use them. It is read from standard input (never a command-line argument, so it stays out of
 * shell history and process lists), never printed ({@code sync status} and {@link SyncConfig}
 * hide it), never logged, and the audit line records only that it changed. It is not
 * encrypted: a key stored next to it would protect nothing, so whoever can read the database
 * file can read it. Protect the data directory (and PostgreSQL access) accordingly, and ask
 * the portal for a new secret if a database copy is lost.
 */
public final class SyncSettings {
    private final SessionFactory db;
    private final AuditTrail audit;
    private final Clock clock;

    public SyncSettings(SessionFactory db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public SyncConfig configure(Actor actor, String portalUrl, String clientId, char[] secret) {
        actor.require(Permission.CONFIGURE_SYNC);
        String url = Text.nfcOrNull(portalUrl);
        URI uri;
        try {
            uri = url == null ? null : URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new UserFacingException("sync.config.badUrl", String.valueOf(portalUrl));
        }
        String id = Text.nfcOrNull(clientId);
        if (id == null || id.isBlank()) {
            throw new UserFacingException("sync.config.clientIdMissing");
        }
        if (secret == null || secret.length == 0) {
            throw new UserFacingException("sync.config.secretMissing");
        }
        String base = uri.toString().replaceAll("/+$", "");
        String clean = id.trim();
        db.inTransaction(s -> {
            SyncConfigRow row = s.find(SyncConfigRow.class, SyncConfigRow.ROW);
            if (row == null) {
                s.persist(new SyncConfigRow(base, clean, new String(secret), clock.instant(), actor.username()));
            } else {
                row.set(base, clean, new String(secret), clock.instant(), actor.username());
            }
            audit.record(s, actor, "SYNC_CONFIGURE", "office", null, "portal=" + base + " client=" + clean + " secret changed");
        });
        return new SyncConfig(URI.create(base), clean, new String(secret));
    }

    /** The audit trail the sync's own services record into (bundles). */
    AuditTrail audit() {
        return audit;
    }

    public Optional<SyncConfig> current() {
        return db.fromTransaction(s -> Optional.ofNullable(s.find(SyncConfigRow.class, SyncConfigRow.ROW)).map(SyncConfigRow::toConfig));
    }

    /** The settings, or a sentence telling the administrator to run {@code sync configure}. */
    public SyncConfig require() {
        return current().orElseThrow(() -> new UserFacingException("sync.config.missing"));
    }
}
