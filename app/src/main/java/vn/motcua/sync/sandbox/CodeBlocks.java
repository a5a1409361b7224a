package vn.motcua.sync.sandbox;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Daily sequence numbers of dossier codes ({@code <agency>-<yyMMdd>-<4 digits>}, reference §3):
 * blocks leased to desks and single numbers the portal gives online dossiers come from one
 * table, each new one after the highest taken that day, so they never overlap.
 */
final class CodeBlocks {
    static final int MAX = 9999;
    static final String LEASE = "LEASE";
    static final String PORTAL = "PORTAL";

    private CodeBlocks() {
    }

    /** Takes the next {@code size} numbers of the day, or null when the day has no room. */
    static int[] take(Connection c, String agency, LocalDate day, int size, String kind) throws SQLException {
        int first;
        try (PreparedStatement ps = c.prepareStatement(
                "select coalesce(max(last_seq), 0) from portal_code_block where agency_id = ? and lease_day = ?")) {
            ps.setString(1, agency);
            ps.setDate(2, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                first = rs.getInt(1) + 1;
            }
        }
        int last = first + size - 1;
        if (size < 1 || last > MAX) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into portal_code_block (agency_id, lease_day, first_seq, last_seq, kind) values (?, ?, ?, ?, ?)")) {
            ps.setString(1, agency);
            ps.setDate(2, Date.valueOf(day));
            ps.setInt(3, first);
            ps.setInt(4, last);
            ps.setString(5, kind);
            ps.executeUpdate();
        }
        return new int[] {first, last};
    }
}
