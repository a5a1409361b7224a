package vn.motcua.storage;

import java.sql.SQLException;
import vn.motcua.common.UserFacingException;

/** Turns the database's own errors into sentences a clerk or administrator can act on. */
final class DatabaseErrors {
    private DatabaseErrors() {
    }

    static RuntimeException translate(RuntimeException e, String location) {
        SQLException sql = findSql(e);
        if (sql == null) {
            return e;
        }
        int code = sql.getErrorCode();
        String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (code == 90020 || code == 90135 || message.contains("locked by another process")) {
            return new UserFacingException(e, "storage.databaseLocked", location);
        }
        if (code == 90049) {
            return new UserFacingException(e, "storage.wrongFilePassword", location);
        }
        if (code == 90030 || code == 90048 || message.contains("file corrupted")) {
            return new UserFacingException(e, "storage.databaseCorrupt", location);
        }
        if (message.contains("no space left") || message.contains("disk full")) {
            return new UserFacingException(e, "storage.diskFull", location, 0);
        }
        if (message.contains("read only") || message.contains("read-only") || message.contains("permission denied")) {
            return new UserFacingException(e, "storage.readOnly", location);
        }
        return new UserFacingException(e, "storage.databaseFailed", location, sql.getMessage());
    }

    private static SQLException findSql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
