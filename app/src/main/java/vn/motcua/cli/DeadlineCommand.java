package vn.motcua.cli;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.motcua.calendar.PausePolicy;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.storage.DataDirectory;
import vn.motcua.workcalendar.DeadlineCalculator;
import vn.motcua.workcalendar.DeadlineRequest;

/**
 * {@code deadline --received T (--working-days N | --working-hours N | --calendar-days N |
 * --same-day [--cutoff HH:MM]) [--pause FROM/TO]... [--extend N] [--restart]}: the due date
 * under the calendar in force, with its explanation. Local times in Asia/Ho_Chi_Minh.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = "Compute a due date (hạn trả kết quả) and explain it. Times are local (Asia/Ho_Chi_Minh).")
final class DeadlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "When the dossier was received.")
    String received;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Budget budget;

    static final class Budget {
        @Option(names = "--working-days", paramLabel = "N", description = "N working days.")
        Integer workingDays;
        @Option(names = "--working-hours", paramLabel = "N", description = "N working hours (inside office hours).")
        Integer workingHours;
        @Option(names = "--calendar-days", paramLabel = "N", description = "N calendar days.")
        Integer calendarDays;
        @Option(names = "--same-day", description = "Same day; received at or after the cut-off: next working day.")
        boolean sameDay;
    }

    @Option(names = "--cutoff", paramLabel = "HH:MM", description = "Cut-off for --same-day (default 15:00).")
    String cutoff;

    @Option(names = "--pause", paramLabel = "FROM/TO", description = "A wait for a supplement: requested/received. Repeatable.")
    List<String> pauses = new ArrayList<>();

    @Option(names = "--extend", paramLabel = "N", description = "Extend by N working days after the last event.")
    Integer extend;

    @Option(names = "--restart", description = "After a supplement, restart the whole budget (default: shift by the paused time).")
    boolean restart;

    @Override
    public Integer call() {
        if (cutoff != null && !budget.sameDay) {
            GlobalOptions options = ((RootCommand) spec.root().userObject()).options();
            Messages m = CliSession.messagesFor(DataDirectory.resolve(options.dataDir()));
            throw new ParameterException(spec.commandLine(), m.get("deadline.cutoffWithoutSameDay"));
        }
        try (CliSession session = CliSession.start(spec)) {
            Messages m = session.messages();
            LocalDateTime at = CalendarText.parseDateTime("--received", received);
            List<DeadlineRequest.Pause> parsed = new ArrayList<>();
            for (String p : pauses) {
                String[] ends = p.split("/", -1);
                if (ends.length != 2) {
                    throw new UserFacingException("deadline.badPause", p);
                }
                parsed.add(new DeadlineRequest.Pause(CalendarText.parseDateTime("--pause", ends[0]),
                        CalendarText.parseDateTime("--pause", ends[1])));
            }
            int extension = extend == null ? 0 : positive("--extend", extend);
            DeadlineRequest request = new DeadlineRequest(at, timeBudget(), parsed, extension,
                    m.get("deadline.extendReason"), m.get("deadline.pauseReason"),
                    restart ? PausePolicy.RESTART : PausePolicy.SHIFT_BY_PAUSED_TIME);
            DeadlineCalculator.Result result = DeadlineCalculator.compute(session.calendar().inForce(), request);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("due", CalendarText.minutes(result.due()));
            json.put("explanation", result.explanation());
            json.put("calendarVersion", result.calendarVersion());
            StringBuilder human = new StringBuilder(m.get("deadline.due", CalendarText.time(result.due()), CalendarText.date(result.due().toLocalDate()),
                    CalendarText.weekday(m, result.due().toLocalDate())));
            result.explanation().forEach(line -> human.append("\n- ").append(line));
            session.print(json, human.toString());
            return Cli.OK;
        }
    }

    private TimeBudget timeBudget() {
        if (budget.workingDays != null) {
            return TimeBudget.workingDays(positive("--working-days", budget.workingDays));
        }
        if (budget.workingHours != null) {
            return TimeBudget.workingHours(positive("--working-hours", budget.workingHours));
        }
        if (budget.calendarDays != null) {
            return TimeBudget.calendarDays(positive("--calendar-days", budget.calendarDays));
        }
        LocalTime time = cutoff == null ? TimeBudget.DEFAULT_CUTOFF : CalendarText.parseTime("--cutoff", cutoff);
        return TimeBudget.sameDay(time);
    }

    private static int positive(String option, int value) {
        if (value < 1) {
            throw new UserFacingException("deadline.badAmount", option, String.valueOf(value));
        }
        return value;
    }
}
