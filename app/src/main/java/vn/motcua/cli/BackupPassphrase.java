package vn.motcua.cli;

import picocli.CommandLine.Option;
import vn.motcua.backup.BackupProgress;
import vn.motcua.common.UserFacingException;

/**
 * {@code --passphrase-stdin}: the backup passphrase from the first line of standard input, never
 * from argv. There is no other source yet (no key store on this PC): without it the command
 * refuses with a sentence saying how to give it.
 */
final class BackupPassphrase {
    @Option(names = "--passphrase-stdin", description = "Read the backup passphrase from the first line of standard input.")
    boolean fromStdin;

    char[] read() {
        if (!fromStdin) {
            throw new UserFacingException("backup.passphraseNeeded");
        }
        return StdinSecret.readLine(System.in);
    }

    /** Progress on standard error, one line per tenth, so a long backup is seen to move (none with --json). */
    static BackupProgress progress(CliSession session) {
        if (session.json()) {
            return BackupProgress.NONE;
        }
        int[] shown = {0};
        return (done, total) -> {
            int tenth = total == 0 ? 10 : (int) (done * 10 / total);
            if (tenth > shown[0]) {
                shown[0] = tenth;
                session.warn(session.messages().get("backup.progress", String.valueOf(tenth * 10),
                        String.valueOf(done / (1024 * 1024)), String.valueOf(total / (1024 * 1024))));
            }
        };
    }
}
