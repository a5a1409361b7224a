package vn.motcua.storage;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * The row count and a content hash of one table, the same on H2 and PostgreSQL for the same rows:
 * what {@code db migrate-to} compares to prove the copy. Each row's values are written in a
 * vendor-neutral text (instants in UTC, numbers without trailing zeros, bytes in hex) and hashed
 * with SHA-256; the row hashes are added up (four 64-bit lanes, wrapping), so the digest does not
 * depend on the order the rows come back in and needs no memory per row, yet a changed, missing or
 * doubled row changes it.
 */
record TableDigest(long rows, String sum) {
    /** Not a JDBC type number: a column either vendor names {@code uuid}. */
    private static final int UUID_TYPE = Integer.MIN_VALUE;

    /** The digest of what {@code select} returns (every row of one table, its columns in a fixed order). */
    static TableDigest of(Connection c, String select) throws SQLException {
        MessageDigest sha = sha256();
        long[] lanes = new long[4];
        long rows = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(select)) {
            int[] types = new int[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < types.length; i++) {
                types[i] = rs.getMetaData().getColumnType(i + 1);
                String name = rs.getMetaData().getColumnTypeName(i + 1).toLowerCase(java.util.Locale.ROOT);
                if (types[i] == Types.TIMESTAMP && (name.equals("timestamptz") || name.contains("with time zone"))) {
                    // PostgreSQL's driver reports timestamptz as TIMESTAMP: read it as the instant it is
                    types[i] = Types.TIMESTAMP_WITH_TIMEZONE;
                } else if (name.equals("uuid")) {
                    // H2 reports its UUID as BINARY, PostgreSQL as OTHER: both read as the UUID
                    types[i] = UUID_TYPE;
                }
            }
            while (rs.next()) {
                for (int i = 0; i < types.length; i++) {
                    String v = text(rs, i + 1, types[i]);
                    // length-prefixed, so ("ab", "c") and ("a", "bc") differ
                    sha.update((v == null ? "-" : v.length() + ":" + v).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1f);
                }
                ByteBuffer h = ByteBuffer.wrap(sha.digest());
                for (int k = 0; k < 4; k++) {
                    lanes[k] += h.getLong();
                }
                rows++;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(32);
        for (long lane : lanes) {
            out.putLong(lane);
        }
        return new TableDigest(rows, HexFormat.of().formatHex(out.array()));
    }

    /** One value as vendor-neutral text, null for SQL NULL. */
    static String text(ResultSet rs, int column, int type) throws SQLException {
        switch (type) {
            case UUID_TYPE -> {
                java.util.UUID u = rs.getObject(column, java.util.UUID.class);
                return u == null ? null : u.toString();
            }
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> {
                return rs.getString(column);
            }
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] b = rs.getBytes(column);
                return b == null ? null : HexFormat.of().formatHex(b);
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
                return t == null ? null : t.toInstant().toString();
            }
            case Types.TIMESTAMP -> {
                java.time.LocalDateTime t = rs.getObject(column, java.time.LocalDateTime.class);
                return t == null ? null : t.toString();
            }
            case Types.DATE -> {
                java.time.LocalDate d = rs.getObject(column, java.time.LocalDate.class);
                return d == null ? null : d.toString();
            }
            default -> {
                Object v = rs.getObject(column);
                if (v == null) {
                    return null;
                }
                if (v instanceof Number n && !(v instanceof BigDecimal)) {
                    v = new BigDecimal(n.toString());
                }
                if (v instanceof BigDecimal d) {
                    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
                }
                return v.toString();
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
