package vn.motcua.backup;

/**
 * How far a backup, verify or restore has got, in bytes of the backup's content: what the
 * desktop's progress bar will show. Called from the working thread, often (once a megabyte).
 */
@FunctionalInterface
public interface BackupProgress {
    BackupProgress NONE = (done, total) -> { };

    void progress(long done, long total);
}
