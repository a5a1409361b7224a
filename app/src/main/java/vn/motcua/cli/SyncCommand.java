package vn.motcua.cli;

import picocli.CommandLine.Command;
import vn.motcua.AppContext;
import vn.motcua.sync.PortalAdapterFactory;

/** {@code sync configure | run | status | export-bundle | import-ack}: the office's sync with the provincial portal. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync with the provincial portal: settings, a run, the status, hand-carried bundles.",
        subcommands = {SyncConfigureCommand.class, SyncRunCommand.class, SyncStatusCommand.class, SyncExportBundleCommand.class,
            SyncImportAckCommand.class})
final class SyncCommand {
    /**
     * A portal in the same JVM for the command-line tests (the simulation portal); null in
     * production, where the composition root's factory is used.
     */
    static volatile PortalAdapterFactory portalForTests;

    private SyncCommand() {
    }

    static vn.motcua.sync.SyncEngine engine(AppContext context) {
        PortalAdapterFactory override = portalForTests;
        if (override != null) {
            context.sync().usePortalAdapters(override);
        }
        return context.sync();
    }
}
