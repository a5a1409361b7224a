package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.common.Messages;
import vn.motcua.sync.bundle.BundleAcks;

/**
 * {@code sync import-ack FILE}: applies the portal's acknowledgement of a bundle this desk
 * exported. Exit 0 when it was applied (or had been before); the counts tell what each result
 * did. Exit 1 when the file is unreadable, malformed or not for a bundle of this desk.
 */
@Command(name = "import-ack", mixinStandardHelpOptions = true,
        description = "Import the portal's acknowledgement of a hand-carried bundle.")
final class SyncImportAckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The acknowledgement file (motcua-bundle-ack/1).")
    Path file;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            BundleAcks.Summary r = SyncCommand.engine(session.context()).bundleAcks().importAck(UserCommand.LOCAL_ADMIN, file);
            Messages m = session.messages();
            String sentence = m.get(r.messageKey(), r.messageArgs());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("bundleSha256", r.bundleSha256());
            json.put("repeated", r.repeated());
            json.put("done", r.done());
            json.put("rejected", r.rejected());
            json.put("conflicts", r.conflicts());
            json.put("waiting", r.waiting());
            json.put("ignored", r.ignored());
            json.put("message", sentence);
            session.print(json, sentence);
            return Cli.OK;
        }
    }
}
