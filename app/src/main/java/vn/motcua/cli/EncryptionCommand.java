package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.OfficeKeys;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.H2Encryption;

/** {@code encryption status|enable|passphrase|unlock}: the office key that encrypts the data at rest. */
@Command(name = "encryption", mixinStandardHelpOptions = true,
        description = "Encryption at rest of the database file, documents and drafts: status, enable, recovery passphrase, unlock on a new PC.",
        subcommands = {EncryptionStatusCommand.class, EncryptionEnableCommand.class, EncryptionPassphraseCommand.class,
                EncryptionUnlockCommand.class})
final class EncryptionCommand {
    private EncryptionCommand() {
    }

    /** {@code --passphrase-stdin}: the recovery passphrase from the first line of standard input, never from argv. */
    static final class RecoveryPassphrase {
        @Option(names = "--passphrase-stdin", description = "Read the recovery passphrase from the first line of standard input.")
        boolean fromStdin;

        char[] read() {
            if (!fromStdin) {
                throw new UserFacingException("encryption.passphraseNeeded");
            }
            return StdinSecret.readLine(System.in);
        }
    }

    /** The state {@code status} prints and the other subcommands print after their change. */
    static void printStatus(CliSession session, String headline) {
        DataDirectory dir = session.dataDirectory();
        OfficeKeys.Status s = OfficeKeys.of(dir.root()).status();
        boolean file = H2Encryption.fileEncrypted(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("encrypted", s.encrypted());
        json.put("keyId", s.keyId());
        json.put("keyOnThisPc", s.onThisPc());
        json.put("recoveryPassphrase", s.recoverySlot());
        json.put("databaseFileEncrypted", file);
        String human = session.messages().get(s.encrypted() ? "encryption.status.on" : "encryption.status.off",
                String.valueOf(s.keyId()), yesNo(session, s.onThisPc()), yesNo(session, s.recoverySlot()), yesNo(session, file));
        session.print(json, headline == null ? human : headline + "\n" + human);
    }

    private static String yesNo(CliSession session, boolean b) {
        return session.messages().get(b ? "encryption.yes" : "encryption.no");
    }
}
