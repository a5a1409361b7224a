package vn.motcua.dossier.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The digit-by-digit reading of history times agrees with {@link LocalDateTime#parse} on every string it accepts. */
class HistoryTimeTest {

    @Test
    void theFastPathAgreesWithTheFullParserOrStepsAside() {
        Random random = new Random(20261124L);
        String alphabet = "0123456789-T:.+Z ";
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            String t;
            if (i % 2 == 0) { // well-formed shapes with random, sometimes impossible, numbers
                t = String.format("%04d-%02d-%02dT%02d:%02d:%02d", 1990 + random.nextInt(50), random.nextInt(14), random.nextInt(33),
                        random.nextInt(26), random.nextInt(62), random.nextInt(62));
            } else { // noise of the right length and around it
                StringBuilder b = new StringBuilder();
                int len = 17 + random.nextInt(5);
                for (int k = 0; k < len; k++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                t = b.toString();
            }
            LocalDateTime fast = HistoryChecks.plainLocal(t);
            LocalDateTime full;
            try {
                full = LocalDateTime.parse(t);
            } catch (DateTimeParseException e) {
                full = null;
            }
            if (fast != null) {
                accepted++;
                assertThat(fast).as(t).isEqualTo(full);
            } else if (t.length() == 19 && full != null) {
                // only shapes the fast path does not read may fall through; none of length 19 without fraction
                assertThat(full.getNano()).as(t).isZero();
                throw new AssertionError("fast path refused a plain time the parser reads: " + t);
            }
        }
        assertThat(accepted).isGreaterThan(10_000);
    }

    @Test
    void aTimeWithAnOffsetOrFractionStillReadsThroughTheFullParser() {
        assertThat(HistoryChecks.plainLocal("2025-03-04T09:30:00+07:00")).isNull();
        assertThat(HistoryChecks.time("2025-03-04T09:30:00+07:00", "at")).isEqualTo(HistoryChecks.time("2025-03-04T09:30:00", "at"));
        assertThat(HistoryChecks.time("2025-03-04T09:30:00.5", "at")).isEqualTo(HistoryChecks.time("2025-03-04T09:30:00", "at").plusMillis(500));
    }
}
