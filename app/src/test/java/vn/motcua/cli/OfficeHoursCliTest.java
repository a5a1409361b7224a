package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Office hours are the office's setting: set once, every due date follows them. */
class OfficeHoursCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String dir() {
        return tmp.toString();
    }

    @BeforeEach
    void init() {
        assertThat(CliRun.withStdin("mat-khau-9\n", "--data-dir", dir(), "init", "--office-id", "H56", "--office-name",
                "Xã Gia Phú", "--admin-user", "admin", "--admin-password-stdin").exit()).isZero();
    }

    private JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private String dueOfTwoHoursFrom15() throws Exception {
        return json("--data-dir", dir(), "--json", "deadline", "--received", "2023-10-30T15:00", "--working-hours", "2")
                .get("due").asText();
    }

    @Test
    void newHoursChangeTheDueDatesAndTheCalendarVersion() throws Exception {
        JsonNode standard = json("--data-dir", dir(), "--json", "office", "hours");
        assertThat(standard.get("morning").asText()).isEqualTo("07:30-11:30");
        assertThat(standard.get("afternoon").asText()).isEqualTo("13:30-17:00");
        assertThat(standard.get("saturdayReception").isNull()).isTrue();
        assertThat(dueOfTwoHoursFrom15()).isEqualTo("2023-10-30T17:00");

        JsonNode set = json("--data-dir", dir(), "--json", "office", "hours", "--morning", "07:00-11:00",
                "--afternoon", "13:00-16:30", "--saturday-reception", "07:30-11:30");
        assertThat(set.get("saturdayReception").asText()).isEqualTo("07:30-11:30");
        assertThat(set.get("calendarVersion").asText()).isNotEqualTo(standard.get("calendarVersion").asText())
                .contains("07:00-11:00,13:00-16:30");
        // 15:00–16:30 today, then 07:00–07:30 the next working day
        assertThat(dueOfTwoHoursFrom15()).isEqualTo("2023-10-31T07:30");

        JsonNode noSaturday = json("--data-dir", dir(), "--json", "office", "hours", "--no-saturday-reception");
        assertThat(noSaturday.get("saturdayReception").isNull()).isTrue();
        assertThat(noSaturday.get("morning").asText()).as("the other sessions stay").isEqualTo("07:00-11:00");
    }

    @Test
    void badHoursAreRefusedWithOneSentenceAndChangeNothing() throws Exception {
        CliRun bad = CliRun.of("--data-dir", dir(), "office", "hours", "--morning", "7h-11h");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err()).contains("--morning").contains("7h-11h").contains("07:30-11:30");

        CliRun overlap = CliRun.of("--data-dir", dir(), "office", "hours", "--morning", "07:00-14:00");
        assertThat(overlap.exit()).isEqualTo(1);
        assertThat(overlap.err()).contains("07:00-14:00").contains("13:30-17:00");

        assertThat(CliRun.of("--data-dir", dir(), "office", "hours", "--saturday-reception", "07:30-11:30",
                "--no-saturday-reception").exit()).as("exclusive options").isEqualTo(2);
        assertThat(json("--data-dir", dir(), "--json", "office", "hours").get("morning").asText()).isEqualTo("07:30-11:30");
        assertThat(dueOfTwoHoursFrom15()).isEqualTo("2023-10-30T17:00");
    }
}
