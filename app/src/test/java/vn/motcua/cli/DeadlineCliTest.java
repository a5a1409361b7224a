package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deadline}: the due date and its explanation as one JSON object; usage and input errors. */
class DeadlineCliTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("data"), args);
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--json", "deadline"));
        all.addAll(List.of(args));
        CliRun run = run(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).doesNotContain("\n");
        return CalendarCliTest.JSON.readTree(run.out());
    }

    @Test
    void fiveWorkingDaysFromFriday27October2023AreFriday3November() throws Exception {
        JsonNode result = json("--received", "2023-10-27T09:32", "--working-days", "5");
        assertThat(result.get("due").asText()).isEqualTo("2023-11-03T09:32");
        assertThat(result.get("explanation").get(0).asText()).isEqualTo("Nhận hồ sơ lúc 09:32 ngày 27/10/2023 (thứ Sáu).");
        assertThat(result.get("explanation").toString()).contains("Không có lịch nghỉ công bố cho năm 2023");
        assertThat(tmp.resolve("data/db/motcua.mv.db")).doesNotExist();
    }

    @Test
    void theShipped2026CalendarIsUsed() throws Exception {
        // Friday 28/8/2026 + 1 working day: 31/8, 1/9 and 2/9 are off → Thursday 3/9
        assertThat(json("--received", "2026-08-28T10:00", "--working-days", "1").get("due").asText())
                .isEqualTo("2026-09-03T10:00");
        // received Saturday 22/8/2026, a swapped working day: counting starts at once
        assertThat(json("--received", "2026-08-22T08:00", "--working-days", "1").get("due").asText())
                .isEqualTo("2026-08-24T08:00");
    }

    @Test
    void otherBudgetKinds() throws Exception {
        assertThat(json("--received", "2023-10-27T09:32", "--working-hours", "4").get("due").asText()).isEqualTo("2023-10-27T15:32");
        assertThat(json("--received", "2023-10-27T09:32", "--calendar-days", "1").get("due").asText()).isEqualTo("2023-10-30T17:00");
        assertThat(json("--received", "2023-10-27T14:59", "--same-day").get("due").asText()).isEqualTo("2023-10-27T17:00");
        assertThat(json("--received", "2023-10-27T15:00", "--same-day").get("due").asText()).isEqualTo("2023-10-30T17:00");
        assertThat(json("--received", "2023-10-27T15:30", "--same-day", "--cutoff", "16:00").get("due").asText())
                .isEqualTo("2023-10-27T17:00");
    }

    @Test
    void pausesShiftOrRestartAndExtensionsAddWorkingDays() throws Exception {
        String[] base = {"--received", "2023-10-27T09:32", "--working-days", "5", "--pause", "2023-10-30T08:00/2023-11-01T14:00"};
        JsonNode shifted = json(base);
        assertThat(shifted.get("due").asText()).isEqualTo("2023-11-08T09:32");
        assertThat(shifted.get("explanation").toString()).contains("Hạn trả lùi 3 ngày làm việc");

        List<String> restart = new ArrayList<>(List.of(base));
        restart.add("--restart");
        assertThat(json(restart.toArray(String[]::new)).get("due").asText()).isEqualTo("2023-11-08T14:00");

        List<String> extended = new ArrayList<>(List.of(base));
        extended.addAll(List.of("--extend", "2"));
        JsonNode result = json(extended.toArray(String[]::new));
        assertThat(result.get("due").asText()).isEqualTo("2023-11-10T09:32");
        assertThat(result.get("explanation").toString()).contains("Gia hạn thêm 2 ngày làm việc");
    }

    @Test
    void exactlyOneBudgetOptionElseUsageError() {
        assertThat(run("deadline", "--received", "2023-10-27T09:32").exit()).isEqualTo(2);
        assertThat(run("deadline", "--received", "2023-10-27T09:32", "--working-days", "5", "--calendar-days", "3").exit())
                .isEqualTo(2);
        assertThat(run("deadline", "--received", "2023-10-27T09:32", "--working-days", "5", "--cutoff", "10:00").exit())
                .isEqualTo(2);
        assertThat(run("deadline", "--working-days", "5").exit()).isEqualTo(2);
        assertThat(run("deadline", "--received", "2023-10-27T09:32", "--working-days", "năm").exit()).isEqualTo(2);
    }

    @Test
    void badInputExitsOneWithOneSentenceNamingTheOption() {
        CliRun received = run("deadline", "--received", "27/10/2023 09:32", "--working-days", "5");
        assertThat(received.exit()).isEqualTo(1);
        assertThat(received.err().strip()).hasLineCount(1).contains("--received").contains("27/10/2023 09:32");

        CliRun pause = run("deadline", "--received", "2023-10-27T09:32", "--working-days", "5", "--pause", "2023-10-30T08:00");
        assertThat(pause.exit()).isEqualTo(1);
        assertThat(pause.err()).contains("--pause");

        CliRun pauseTime = run("deadline", "--received", "2023-10-27T09:32", "--working-days", "5", "--pause",
                "2023-10-30T08:00/hôm-sau");
        assertThat(pauseTime.exit()).isEqualTo(1);
        assertThat(pauseTime.err()).contains("--pause").contains("hôm-sau");

        CliRun beforeReceipt = run("deadline", "--received", "2023-10-27T09:32", "--working-days", "5", "--pause",
                "2023-10-26T08:00/2023-10-30T08:00");
        assertThat(beforeReceipt.exit()).isEqualTo(1);

        CliRun zero = run("deadline", "--received", "2023-10-27T09:32", "--working-days", "0");
        assertThat(zero.exit()).isEqualTo(1);
        assertThat(zero.err()).contains("--working-days");

        CliRun cutoff = run("deadline", "--received", "2023-10-27T09:32", "--same-day", "--cutoff", "3pm");
        assertThat(cutoff.exit()).isEqualTo(1);
        assertThat(cutoff.err()).contains("--cutoff");

        CliRun far = run("deadline", "--received", "2199-12-30T09:00", "--working-days", "30");
        assertThat(far.exit()).isEqualTo(1);
        assertThat(far.err()).doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void humanOutputStartsWithTheDueDate() {
        CliRun run = run("deadline", "--received", "2023-10-27T09:32", "--working-days", "5");
        assertThat(run.out()).startsWith("Hạn trả kết quả: 09:32 ngày 03/11/2023 (thứ Sáu).\n- Nhận hồ sơ lúc");
    }
}
