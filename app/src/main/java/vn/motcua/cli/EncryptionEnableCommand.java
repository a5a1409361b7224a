package vn.motcua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.AppContext;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.OfficeKeys;
import vn.motcua.security.Permission;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.H2Encryption;

/**
 * {@code encryption enable}: encrypts an office made before encryption at rest (new offices are
 * encrypted from the start). Makes the key, encrypts the H2 file in place (the desktop must be
 * closed), then seals the stored documents. Safe to run again after an interruption: each step
 * skips what is already done.
 */
@Command(name = "enable", mixinStandardHelpOptions = true,
        description = "Encrypt an older office's database file and documents (close the desktop first).")
final class EncryptionEnableCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            UserCommand.LOCAL_ADMIN.require(Permission.CONFIGURE_OFFICE);
            DataDirectory dir = session.dataDirectory();
            OfficeKeys keys = OfficeKeys.of(dir.root());
            OfficeKey key = keys.encrypted() ? keys.unlock().orElseThrow() : keys.create();
            boolean converted = H2Encryption.encrypt(dir, key);
            AppContext context = session.context();
            var counts = context.documents().store().sealExisting((done, total) -> {
                if (total > 0 && (done == total || done % 500 == 0)) {
                    session.warn(session.messages().get("encryption.sealing", String.valueOf(done), String.valueOf(total)));
                }
            });
            long sealed = counts.sealed();
            if (counts.failed() > 0 || counts.altered() > 0) {
                session.warn(session.messages().get("encryption.sealingLeftPlain", String.valueOf(counts.failed()),
                        String.valueOf(counts.altered())));
            }
            context.database().sessionFactory().inTransaction(s -> context.audit().record(s, UserCommand.LOCAL_ADMIN,
                    "ENCRYPTION_ENABLE", "office-key", key.id(), "database file " + (converted ? "encrypted" : "already encrypted")
                            + ", " + sealed + " documents sealed"));
            EncryptionCommand.printStatus(session, session.messages().get("encryption.enabled", key.id(),
                    String.valueOf(sealed)));
            return Cli.OK;
        }
    }
}
