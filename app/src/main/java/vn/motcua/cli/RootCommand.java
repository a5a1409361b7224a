package vn.motcua.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code motcua [--data-dir DIR] [--json] [--verbose] [COMMAND]}: no command opens the desktop,
 * a command runs here and never opens a window. The global options are accepted before or
 * after the command.
 */
@Command(name = "motcua", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "MotCua Desk: the commune one-stop office desk. Without a command, opens the desktop.",
        subcommands = {InitCommand.class, UserCommand.class, OfficeCommand.class, DoctorCommand.class, CalendarCommand.class,
                DeadlineCommand.class, CatalogCommand.class, DossierCommand.class, FormsCommand.class, FeesCommand.class, ScanCommand.class, DocumentsCommand.class,
                SignCommand.class, VerifySignatureCommand.class, PortalCommand.class, SyncCommand.class, ReportCommand.class, DbCommand.class,
                AuditCommand.class, BackupCommand.class, EncryptionCommand.class})
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (default: MOTCUA_HOME, else the OS user-data location).")
    Path dataDir;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable output (JSON).")
    boolean json;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Log to standard error; stack traces on errors.")
    boolean verbose;

    private final DesktopLauncher desktop;

    public RootCommand(DesktopLauncher desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        return desktop.launch(dataDir, verbose);
    }

    GlobalOptions options() {
        return new GlobalOptions(dataDir, json, verbose);
    }
}
