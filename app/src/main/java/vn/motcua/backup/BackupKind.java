package vn.motcua.backup;

/**
 * Who asked for a backup. Only {@link #AUTOMATIC} ones (the daily schedule) are pruned to the
 * newest N; a backup someone made on purpose stays until someone deletes it.
 */
public enum BackupKind {
    MANUAL, AUTOMATIC
}
