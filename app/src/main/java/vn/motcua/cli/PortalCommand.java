package vn.motcua.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;

/**
 * {@code portal serve|client|dossiers|apply-bundle|online-dossier|withdraw}: the sandbox
 * provincial portal for training and tests. None of these commands opens the desk's database:
 * {@code --data-dir} here names the PORTAL's own directory.
 */
@Command(name = "portal", mixinStandardHelpOptions = true,
        description = "The sandbox provincial portal (training, tests): serve it, register desks, act as a citizen.",
        subcommands = {PortalServeCommand.class, PortalClientCommand.class, PortalDossiersCommand.class,
                PortalApplyBundleCommand.class, PortalOnlineDossierCommand.class, PortalWithdrawCommand.class})
final class PortalCommand {
    private PortalCommand() {
    }

    /** The portal's data directory from the global {@code --data-dir}; required, never the desk's default. */
    static Path dataDir(CommandSpec spec) {
        Path dir = root(spec).options().dataDir();
        if (dir == null) {
            throw new UserFacingException("portal.dataDirRequired");
        }
        return dir.toAbsolutePath();
    }

    static boolean json(CommandSpec spec) {
        return root(spec).options().json();
    }

    /** Portal commands speak Vietnamese: there is no office settings file to take a language from. */
    static Messages messages() {
        return Messages.of(Language.VI);
    }

    static URI url(String text) {
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new UserFacingException("portal.badUrl", text);
    }

    static void out(CommandSpec spec, String line) {
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
    }

    private static RootCommand root(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }
}
