package vn.motcua.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.common.Messages;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.SyncRunner;
import vn.motcua.sync.SyncStatus;

/**
 * {@code sync run [--until-empty] [--timeout SECONDS]}: one push and pull, or until nothing
 * waits. Exit 0 when every queued action is acknowledged and the portal's changes are read;
 * 1 with the reason otherwise (still waiting, refused actions, another desk running the sync).
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Send the queued actions and read the portal's changes.")
final class SyncRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--until-empty", description = "Keep going (with the retry timer) until nothing waits, or until the timeout.")
    boolean untilEmpty;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "With --until-empty: give up after this long (default 300).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            SyncEngine engine = SyncCommand.engine(session.context());
            SyncRunner.RunReport r;
            try (SyncRunner runner = engine.runner()) {
                r = untilEmpty ? runner.runUntilEmpty(Duration.ofSeconds(Math.max(1, timeoutSeconds))) : runner.runOnce();
            }
            SyncStatus status = engine.status();
            Messages m = session.messages();
            long refused = status.byState().get(vn.motcua.sync.OutboxEntry.State.REJECTED)
                    + status.byState().get(vn.motcua.sync.OutboxEntry.State.CONFLICT);
            String sentence;
            boolean ok = false;
            if (!r.ran()) {
                sentence = m.get("sync.run.leaseHeld", String.valueOf(r.holder()));
            } else if (status.queueLength() > 0) {
                sentence = m.get("sync.run.waiting", String.valueOf(status.queueLength()), String.valueOf(r.problem() != null ? r.problem()
                        : status.lineReason() != null ? status.lineReason() : "retry"));
            } else if (refused > 0 || status.openConflicts() > 0) {
                sentence = m.get("sync.run.refused", String.valueOf(refused), String.valueOf(status.openConflicts()));
            } else if (!r.pullCurrent()) {
                sentence = m.get("sync.run.pullBehind", String.valueOf(r.problem()));
            } else {
                ok = true;
                sentence = m.get("sync.run.done", String.valueOf(r.sent()), String.valueOf(r.done()), String.valueOf(r.pulled()));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ok", ok);
            json.put("sent", r.sent());
            json.put("acknowledged", r.done());
            json.put("pulled", r.pulled());
            json.put("waiting", status.queueLength());
            json.put("refused", refused);
            json.put("conflicts", status.openConflicts());
            json.put("pullCurrent", r.pullCurrent());
            json.put("line", status.line().name());
            json.put("problem", r.problem());
            json.put("message", sentence);
            if (ok || session.json()) {
                session.print(json, sentence);
            }
            if (!ok) {
                throw new vn.motcua.common.UserFacingException("sync.run.notDone", sentence);
            }
            return Cli.OK;
        }
    }
}
