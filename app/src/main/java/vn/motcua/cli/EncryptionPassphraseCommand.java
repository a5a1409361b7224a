package vn.motcua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.OfficeKeys;
import vn.motcua.security.Permission;

/** {@code encryption passphrase --passphrase-stdin}: sets or replaces the office key's recovery passphrase (administrator). */
@Command(name = "passphrase", mixinStandardHelpOptions = true,
        description = "Set or replace the recovery passphrase that opens the office key on another PC.")
final class EncryptionPassphraseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EncryptionCommand.RecoveryPassphrase passphrase;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            UserCommand.LOCAL_ADMIN.require(Permission.CONFIGURE_OFFICE);
            AppContext context = session.context(); // opens the database: proves this PC holds the key
            OfficeKeys keys = OfficeKeys.of(session.dataDirectory().root());
            OfficeKey key = keys.unlock().orElseThrow(() -> new UserFacingException("encryption.notEncrypted", keys.file()));
            keys.setRecoveryPassphrase(key, passphrase.read());
            context.database().sessionFactory().inTransaction(s -> context.audit().record(s, UserCommand.LOCAL_ADMIN,
                    "ENCRYPTION_PASSPHRASE", "office-key", key.id(), "recovery passphrase set"));
            EncryptionCommand.printStatus(session, session.messages().get("encryption.passphraseSet", key.id()));
            return Cli.OK;
        }
    }
}
