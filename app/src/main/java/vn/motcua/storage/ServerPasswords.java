package vn.motcua.storage;

import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.OfficeKeys;
import vn.motcua.encryption.SealedText;

/**
 * The PostgreSQL password in {@code settings.json}, sealed with the data directory's office key
 * ({@link SealedText}), so the settings file — which backups carry and administrators send around
 * for support — does not hand out the server's password. A password written in clear by an older
 * desk still opens, and is sealed the next time the choice is saved.
 */
final class ServerPasswords {
    static final String PREFIX = SealedText.PREFIX;
    private static final String PURPOSE = "settings database.password";

    private ServerPasswords() {
    }

    /** {@code connection} with its password sealed by the directory's key (made now if the directory has none). */
    static ServerConnection sealed(DataDirectory dir, ServerConnection connection) {
        OfficeKeys keys = OfficeKeys.of(dir.root());
        OfficeKey key = keys.encrypted() ? keys.unlock().orElseThrow() : keys.create();
        return new ServerConnection(connection.url(), connection.user(), SealedText.seal(key, PURPOSE, connection.password()));
    }

    /** {@code connection} with its password as the server wants it. */
    static ServerConnection opened(DataDirectory dir, ServerConnection connection) {
        if (!SealedText.isSealed(connection.password())) {
            return connection; // written before passwords were sealed
        }
        OfficeKey key = OfficeKeys.of(dir.root()).unlock()
                .orElseThrow(() -> new UserFacingException("db.passwordUnreadable", dir.settingsFile()));
        String password = SealedText.open(key, PURPOSE, connection.password())
                .orElseThrow(() -> new UserFacingException("db.passwordUnreadable", dir.settingsFile()));
        return new ServerConnection(connection.url(), connection.user(), password);
    }
}
