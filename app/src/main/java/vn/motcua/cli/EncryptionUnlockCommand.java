package vn.motcua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.OfficeKeys;

/**
 * {@code encryption unlock --passphrase-stdin}: on a PC that does not hold the office key (a data
 * directory copied from a dead PC), opens the key's recovery slot and keeps the key here.
 * The database is not opened (it cannot be, without the key), so nothing is audited until the next start.
 */
@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = "Open the office key with the recovery passphrase and keep it on this PC.")
final class EncryptionUnlockCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EncryptionCommand.RecoveryPassphrase passphrase;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            OfficeKey key = OfficeKeys.of(session.dataDirectory().root()).unlockWithPassphrase(passphrase.read());
            EncryptionCommand.printStatus(session, session.messages().get("encryption.unlocked", key.id()));
            return Cli.OK;
        }
    }
}
