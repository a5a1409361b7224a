package vn.motcua.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.common.Messages;
import vn.motcua.sync.SyncStatus;

/** {@code sync status}: what the sync panel shows — queue, oldest wait, last push and pull, clock skew, line. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the sync queue, last push and pull, clock skew and line state.")
final class SyncStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            SyncStatus st = SyncCommand.engine(session.context()).status();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("configured", session.context().sync().settings().current().isPresent());
            json.put("queueLength", st.queueLength());
            json.put("oldestWaitingSeconds", st.oldestWaiting().toSeconds());
            Map<String, Long> states = new LinkedHashMap<>();
            st.byState().forEach((k, v) -> states.put(k.name(), v));
            json.put("byState", states);
            json.put("openConflicts", st.openConflicts());
            json.put("lastPush", iso(st.lastPush()));
            json.put("lastPull", iso(st.lastPull()));
            json.put("clockSkewSeconds", st.clockSkew() == null ? null : st.clockSkew().toSeconds());
            json.put("clockSkewWarning", st.skewWarning());
            json.put("line", st.line().name());
            json.put("lineSince", iso(st.lineSince()));
            json.put("lineReason", st.lineReason());
            Messages m = session.messages();
            String human = m.get("sync.status.queue", String.valueOf(st.queueLength()), String.valueOf(st.oldestWaiting().toMinutes()))
                    + System.lineSeparator() + m.get("sync.status.lastRuns", String.valueOf(iso(st.lastPush())), String.valueOf(iso(st.lastPull())))
                    + System.lineSeparator() + switch (st.line()) {
                case UP -> m.get("sync.status.line.UP", String.valueOf(iso(st.lineSince())));
                case DOWN -> m.get("sync.status.line.DOWN", String.valueOf(iso(st.lineSince())), String.valueOf(st.lineReason()));
                case UNKNOWN -> m.get("sync.status.line.UNKNOWN");
            }
                    + (st.skewWarning() ? System.lineSeparator() + m.get("sync.status.skew", String.valueOf(st.clockSkew().toMinutes())) : "");
            session.print(json, human);
            return Cli.OK;
        }
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
