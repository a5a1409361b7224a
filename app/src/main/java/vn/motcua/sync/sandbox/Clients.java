package vn.motcua.sync.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import vn.motcua.security.PasswordHasher;

/**
 * The desks allowed to talk to the portal: client ID, the one agency it acts for, its secret as
 * a PBKDF2 hash (checked at {@code /v1/token}) and sealed (needed to check bundle HMACs, see
 * {@link SecretSeal} for the trade-off).
 */
public final class Clients {
    /** Fewer iterations than a clerk's password: a token is asked for often and the secret is long and random. */
    private static final PasswordHasher HASHER = new PasswordHasher(60_000);

    private Clients() {
    }

    /**
     * Adds a client, or replaces the agency and secret of an existing one (secret rotation).
     * Returns true when the client is new. Works while {@code portal serve} runs on the same
     * directory (H2 AUTO_SERVER).
     */
    public static boolean add(PortalStore store, String clientId, String agencyId, char[] secret) {
        String hash = HASHER.hash(secret);
        String sealed = SecretSeal.of(store.dataDir()).seal(secret);
        try (Connection c = store.connection()) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("select 1 from portal_client where client_id = ?")) {
                ps.setString(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            String sql = exists
                    ? "update portal_client set agency_id = ?, secret_hash = ?, secret_sealed = ?, created_at = ? where client_id = ?"
                    : "insert into portal_client (agency_id, secret_hash, secret_sealed, created_at, client_id) values (?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, agencyId);
                ps.setString(2, hash);
                ps.setString(3, sealed);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.setString(5, clientId);
                ps.executeUpdate();
            }
            return !exists;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the portal's client table", e);
        }
    }

    /** The client when the secret is right, else null. */
    static Call.Client verify(Connection c, String clientId, String secret) throws SQLException {
        Row row = find(c, clientId);
        if (row == null || secret == null || !HASHER.matches(secret.toCharArray(), row.hash())) {
            return null;
        }
        return new Call.Client(clientId, row.agency());
    }

    /** The client's agency and secret (for the bundle HMAC), or null when unknown. */
    static Row find(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select agency_id, secret_hash, secret_sealed from portal_client where client_id = ?")) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Row(clientId, rs.getString(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    record Row(String id, String agency, String hash, String sealed) {
    }
}
