package vn.motcua.doctor;

import vn.motcua.doctor.Check.Status;
import vn.motcua.encryption.OfficeKeys;

/**
 * The doctor's encryption line: WARN for an office whose data is still in clear (made before
 * encryption at rest, or an {@code encryption enable} cut short), FAIL when this PC lacks the key.
 * No recovery passphrase is not a warning: every backup carries the key.
 */
final class EncryptionCheck {
    private EncryptionCheck() {
    }

    /** {@code h2}: the office's database is this directory's H2 file (not a PostgreSQL server). */
    static Check of(OfficeKeys.Status keys, boolean h2, boolean h2FileEncrypted) {
        if (!keys.encrypted()) {
            return new Check("encryption", Status.WARN, "data not encrypted at rest: close the desktop and run 'encryption enable'");
        }
        if (!keys.onThisPc()) {
            return new Check("encryption", Status.FAIL, "key " + keys.keyId() + " is not on this PC: run 'encryption unlock"
                    + " --passphrase-stdin' or restore a backup");
        }
        if (h2 && !h2FileEncrypted) {
            return new Check("encryption", Status.WARN, "key " + keys.keyId() + " made but the database file is still plain:"
                    + " run 'encryption enable' again");
        }
        return new Check("encryption", Status.OK, "key " + keys.keyId() + (h2 ? "; database file encrypted" : "")
                + (keys.recoverySlot() ? "; recovery passphrase set" : "; no recovery passphrase (backups carry the key)"));
    }
}
