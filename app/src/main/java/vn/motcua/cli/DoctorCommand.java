package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.AppContext;
import vn.motcua.common.Messages;
import vn.motcua.doctor.Check;
import vn.motcua.logging.Logging;
import vn.motcua.storage.DataDirectory;

/**
 * {@code doctor}: looks the installation over. Works even when the data directory or database is
 * broken (that is when it is needed), so it does not go through {@link CliSession#start}.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the data directory, database, schema, disk space, fonts and memory.")
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GlobalOptions options = ((RootCommand) spec.root().userObject()).options();
        DataDirectory dir = DataDirectory.resolve(options.dataDir());
        Logging.configure(dir.logs(), options.verbose() ? "DEBUG" : "OFF");
        Messages messages = CliSession.messagesFor(dir);
        List<Check> checks = AppContext.doctor(dir).run(e -> e.localized(messages));
        long failed = checks.stream().filter(c -> c.status() == Check.Status.FAIL).count();
        var out = spec.commandLine().getOut();
        if (options.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ok", failed == 0);
            json.put("checks", checks.stream().map(c -> Map.of("name", c.name(), "status", c.status().name(),
                    "detail", c.detail() == null ? "" : c.detail())).toList());
            out.println(CliSession.json(json));
        } else {
            checks.forEach(c -> out.printf("%-14s %-4s %s%n", c.name(), c.status(), c.detail()));
        }
        out.flush();
        if (failed > 0) {
            spec.commandLine().getErr().println(messages.get("doctor.failed", failed));
            spec.commandLine().getErr().flush();
            return Cli.FAILED;
        }
        return Cli.OK;
    }
}
