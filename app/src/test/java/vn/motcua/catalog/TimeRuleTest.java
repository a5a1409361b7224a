package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.TimeBudget;

/** Time rules: the budget the ledger counts and the sentence printed on the receipt. */
class TimeRuleTest {
    @Test
    void aRuleWithoutTextGetsTheLegalSentence() {
        assertThat(TimeRule.of(TimeBudget.sameDay()).legalTimeText())
                .isEqualTo("Trong ngày; sau 15 giờ trả vào ngày làm việc tiếp theo");
        assertThat(TimeRule.of(TimeBudget.sameDay(LocalTime.of(16, 30))).legalTimeText())
                .isEqualTo("Trong ngày; sau 16 giờ 30 trả vào ngày làm việc tiếp theo");
        assertThat(TimeRule.of(TimeBudget.workingDays(7)).legalTimeText()).isEqualTo("7 ngày làm việc");
        assertThat(TimeRule.of(TimeBudget.workingHours(8)).legalTimeText()).isEqualTo("8 giờ làm việc");
        assertThat(TimeRule.of(TimeBudget.none()).legalTimeText()).isEqualTo("Không quy định thời hạn");
        assertThat(new TimeRule(TimeBudget.workingDays(3), LocalTime.of(15, 0), " ").legalTimeText())
                .isEqualTo("3 ngày làm việc; nhận hồ sơ sau 15 giờ thì tính từ ngày làm việc tiếp theo");
    }

    @Test
    void theFileTextIsKept() {
        TimeRule rule = new TimeRule(TimeBudget.workingDays(3), null, "03 ngày làm việc");
        assertThat(rule.legalTimeText()).isEqualTo("03 ngày làm việc");
        assertThat(rule.budget()).isEqualTo(TimeBudget.workingDays(3));
    }

    @Test
    void aSameDayBudgetKeepsItsCutoffInTheBudget() {
        assertThatThrownBy(() -> new TimeRule(TimeBudget.sameDay(), LocalTime.of(15, 0), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
