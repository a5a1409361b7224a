package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.sync.bundle.BundleExport;

/**
 * {@code sync export-bundle --out FILE}: writes what waits for the portal as a signed
 * hand-carried bundle, for an office whose line stays down. Exit 1 with the reason when sync is
 * not configured, nothing waits, or the file cannot be written.
 */
@Command(name = "export-bundle", mixinStandardHelpOptions = true,
        description = "Write the queued actions as a signed bundle to carry to the portal.")
final class SyncExportBundleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            BundleExport.Result r = SyncCommand.engine(session.context()).bundleExport()
                    .export(UserCommand.LOCAL_ADMIN, out, BundleExport.Progress.NONE);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", r.file().toString());
            json.put("sha256", r.sha256());
            json.put("bytes", r.bytes());
            json.put("actions", r.actions());
            json.put("attachments", r.attachments());
            json.put("opIds", r.opIds().stream().map(Object::toString).toList());
            session.print(json, session.messages().get(r.messageKey(), r.messageArgs()));
            return Cli.OK;
        }
    }
}
