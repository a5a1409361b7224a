package vn.motcua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code encryption status}: whether the office is encrypted, with which key, and whether this PC holds it. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether the data is encrypted and whether this PC holds the key.")
final class EncryptionStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            EncryptionCommand.printStatus(session, null);
            return Cli.OK;
        }
    }
}
