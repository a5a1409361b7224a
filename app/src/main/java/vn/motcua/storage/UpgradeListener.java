package vn.motcua.storage;

/**
 * Told what happens while an existing office database is upgraded to this build's schema, so a
 * screen can say why start-up takes long: a migration on a large office can take minutes (V22
 * took 13 minutes on a million dossiers). Called on the thread that opens the database; a
 * desktop implementation hands the news to its UI thread. Nothing is called on a brand-new
 * database or one that is already current.
 */
public interface UpgradeListener {
    /** Hears nothing; the steps are logged anyway. */
    UpgradeListener NONE = new UpgradeListener() {
    };

    /**
     * The H2 file was not closed cleanly last time (power cut, killed process) and is scanned for
     * its newest commit before it opens ({@link H2CrashRecovery}); {@code megabytes} is its size.
     */
    default void scanningAfterCrash(long megabytes) {
    }

    /** The H2 file at schema {@code from} is being copied into the backups folder before the upgrade. */
    default void backingUp(String from, String to) {
    }

    /** Flyway starts changing the schema from {@code from} to {@code to} (the backup, if any, is done and verified). */
    default void migrating(String from, String to) {
    }

    /** The upgrade finished; {@code upgrade} says where the backup is, or that there is none (PostgreSQL). */
    default void upgraded(SchemaUpgrade upgrade) {
    }
}
