package vn.motcua.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.security.StaffUser;
import vn.motcua.security.UserService;

/**
 * {@code user disable|enable|reset-password|unlock USER}: the administrator's changes to one
 * account, run as the machine's local administrator and audited as such.
 */
final class UserAccountCommands {
    private UserAccountCommands() {
    }

    /** The account as --json prints it, after the change; the human sentence from {@code key}. */
    static int printed(CliSession session, StaffUser user, String key) {
        Map<String, Object> json = UserCommand.describe(user);
        session.print(json, session.messages().get(key, user.username()));
        return Cli.OK;
    }

    /** One change to one named account: picocli fills the user name, the subclass says what changes. */
    abstract static class OneAccount implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USER", description = "User name.")
        String username;

        /** Makes the change and returns the account after it. */
        abstract StaffUser change(UserService users);

        /** The message key of the human sentence, given the user name. */
        abstract String done();

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                return printed(session, change(session.context().users()), done());
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Stop an account from logging in (never the last active administrator).")
    static final class Disable extends OneAccount {
        @Override
        StaffUser change(UserService users) {
            return users.disable(UserCommand.LOCAL_ADMIN, username);
        }

        @Override
        String done() {
            return "user.disabled";
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Let a disabled account log in again.")
    static final class Enable extends OneAccount {
        @Override
        StaffUser change(UserService users) {
            return users.enable(UserCommand.LOCAL_ADMIN, username);
        }

        @Override
        String done() {
            return "user.enabled";
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Set a new password, read from standard input; also lifts a lock.")
    static final class ResetPassword extends OneAccount {
        @Option(names = "--password-stdin", required = true,
                description = "Read the new password from the first line of standard input.")
        boolean passwordFromStdin;

        @Override
        StaffUser change(UserService users) {
            return users.resetPassword(UserCommand.LOCAL_ADMIN, username, StdinSecret.readLine(System.in));
        }

        @Override
        String done() {
            return "user.passwordReset";
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true,
            description = "Give an account these roles (never take administrator from the last active one).")
    static final class Roles extends OneAccount {
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "clerk, specialist, chair or administrator; repeat for several.")
        java.util.List<String> roles;

        @Override
        StaffUser change(UserService users) {
            java.util.Set<vn.motcua.security.Role> parsed = java.util.EnumSet.noneOf(vn.motcua.security.Role.class);
            roles.forEach(r -> parsed.add(vn.motcua.security.Role.parse(r)));
            return users.setRoles(UserCommand.LOCAL_ADMIN, username, parsed);
        }

        @Override
        String done() {
            return "user.rolesChanged";
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Lift the lock after too many wrong passwords, before it runs out.")
    static final class Unlock extends OneAccount {
        @Override
        StaffUser change(UserService users) {
            return users.unlock(UserCommand.LOCAL_ADMIN, username);
        }

        @Override
        String done() {
            return "user.unlocked";
        }
    }
}
