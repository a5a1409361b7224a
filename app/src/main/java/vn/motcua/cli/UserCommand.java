package vn.motcua.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.security.Actor;
import vn.motcua.security.Lockout;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;
import vn.motcua.security.StaffUser;

/** {@code user add|list|disable|enable|reset-password|unlock}: staff accounts. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Staff accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserAccountCommands.Disable.class,
            UserAccountCommands.Enable.class, UserAccountCommands.ResetPassword.class, UserAccountCommands.Roles.class,
            UserAccountCommands.Unlock.class})
final class UserCommand {
    /**
     * Whoever runs the command line already holds the data directory (and could read the
     * database file directly): it acts as the machine's local administrator with every role,
     * audited as "cli". A command given {@code --as USER} acts with that account's roles instead.
     */
    static final Actor LOCAL_ADMIN = new Actor(null, "cli", "Command line", EnumSet.allOf(Role.class));

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account. The password is read from standard input.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USER", description = "User name (3–32 of a-z 0-9 . _ -).")
        String username;

        @Option(names = "--full-name", required = true, paramLabel = "NAME", description = "Full name.")
        String fullName;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "clerk, specialist, chair or administrator; repeat for several.")
        List<String> roles;

        @Option(names = "--password-stdin", required = true,
                description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                Set<Role> parsed = EnumSet.noneOf(Role.class);
                roles.forEach(r -> parsed.add(Role.parse(r)));
                char[] password = StdinSecret.readLine(System.in);
                StaffUser user = session.context().users().add(LOCAL_ADMIN,
                        new NewUser(username, fullName, password, parsed));
                session.print(describe(user), session.messages().get("user.added", user.username(), user.roles()));
                return Cli.OK;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                StringBuilder human = new StringBuilder();
                java.time.Instant now = java.time.Instant.now();
                for (StaffUser u : session.context().users().list()) {
                    rows.add(describe(u));
                    human.append(u.username()).append('\t').append(u.fullName()).append('\t')
                            .append(u.roles()).append(u.active() ? "" : "\t" + session.messages().get("user.list.disabled"))
                            .append(u.lockedAt(now) ? "\t" + session.messages().get("user.list.lockedUntil",
                                    Lockout.text(u.lockedUntil().orElseThrow())) : "")
                            .append('\n');
                }
                session.print(rows, human.toString().stripTrailing());
                return Cli.OK;
            }
        }
    }

    static Map<String, Object> describe(StaffUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id().toString());
        json.put("username", user.username());
        json.put("fullName", user.fullName());
        json.put("roles", user.roles().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
        json.put("active", user.active());
        json.put("lockedUntil", user.lockedUntil().filter(t -> t.isAfter(java.time.Instant.now())).map(Object::toString).orElse(null));
        json.put("lastLoginAt", user.lastLoginAt().map(Object::toString).orElse(null));
        return json;
    }
}
