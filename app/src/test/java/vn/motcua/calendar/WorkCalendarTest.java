package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private final WorkCalendar cal = Calendars.with2026();

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void referenceExampleFridayPlusFiveWorkingDaysKeepsTheTimeOfDay() {
        assertThat(cal.due(at("2023-10-27T09:32"), TimeBudget.workingDays(5))).contains(at("2023-11-03T09:32"));
    }

    @Test
    void tetBinhNgo2026IsOffFromMonday16ToFriday20February() {
        for (int d = 16; d <= 20; d++) {
            assertThat(cal.day(LocalDate.of(2026, 2, d)).kind()).as("16..20/2: day %d", d).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        }
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
        assertThat(cal.day(LocalDate.of(2026, 2, 17)).reason()).isEqualTo("Tết Nguyên đán (mùng 1)");
        // received the Friday before Tết: 1 working day is the Monday after the break
        assertThat(cal.due(at("2026-02-13T10:00"), TimeBudget.workingDays(1))).contains(at("2026-02-23T10:00"));
        // the default rule (eve + mùng 1–4) gives the same days: the overlay confirms it
        assertThat(WorkCalendar.standard().exceptions(2026).stream().filter(d -> d.date().getMonthValue() == 2).map(DayInfo::date))
                .containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
    }

    @Test
    void newYear2026FridayOffSwappedWithSaturday10January() {
        assertThat(cal.day(LocalDate.of(2026, 1, 1)).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        assertThat(cal.day(LocalDate.of(2026, 1, 2)).kind()).isEqualTo(DayKind.ANNOUNCED_DAY_OFF);
        assertThat(cal.day(LocalDate.of(2026, 1, 10)).kind()).isEqualTo(DayKind.SWAPPED_WORKING_DAY);
        assertThat(cal.due(at("2026-01-08T10:00"), TimeBudget.workingDays(2))).contains(at("2026-01-10T10:00"));
        assertThat(cal.due(at("2025-12-31T10:00"), TimeBudget.workingDays(1))).contains(at("2026-01-05T10:00"));
    }

    @Test
    void nationalDay2026Saturday22AugustWorkedAnd31AugustTo2SeptemberOff() {
        assertThat(cal.day(LocalDate.of(2026, 8, 22)).working()).isTrue();
        assertThat(cal.day(LocalDate.of(2026, 8, 31)).working()).isFalse();
        assertThat(cal.day(LocalDate.of(2026, 9, 1)).working()).isFalse();
        assertThat(cal.day(LocalDate.of(2026, 9, 2)).working()).isFalse();
        assertThat(cal.day(LocalDate.of(2026, 9, 3)).working()).isTrue();
        assertThat(cal.due(at("2026-08-21T09:00"), TimeBudget.workingDays(1))).contains(at("2026-08-22T09:00"));
        assertThat(cal.due(at("2026-08-28T09:00"), TimeBudget.workingDays(1))).contains(at("2026-09-03T09:00"));
        // receipts on the worked Saturday are inside office hours
        assertThat(cal.effectiveStart(at("2026-08-22T08:00"))).isEqualTo(at("2026-08-22T08:00"));
        // without the overlay, 31/8 is an ordinary Monday and 22/8 an ordinary Saturday
        assertThat(WorkCalendar.standard().isWorkingDay(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(WorkCalendar.standard().isWorkingDay(LocalDate.of(2026, 8, 22))).isFalse();
    }

    @Test
    void aHolidayOnASundayGivesTheMondayOffByRuleAlone() {
        WorkCalendar rulesOnly = WorkCalendar.standard();
        assertThat(rulesOnly.day(LocalDate.of(2026, 4, 26)).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        assertThat(rulesOnly.day(LocalDate.of(2026, 4, 27)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(rulesOnly.day(LocalDate.of(2026, 4, 27)).reason()).contains("Giỗ Tổ Hùng Vương").contains("26/04/2026 trùng Chủ nhật");
        // 1/1/2023 was a Sunday: Monday 2/1/2023 off
        assertThat(rulesOnly.day(LocalDate.of(2023, 1, 2)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        // 2/9/2023 was a Saturday (1/9 Friday): Monday 4/9 off, Tuesday 5/9 back
        assertThat(rulesOnly.isWorkingDay(LocalDate.of(2023, 9, 1))).isFalse();
        assertThat(rulesOnly.isWorkingDay(LocalDate.of(2023, 9, 4))).isFalse();
        assertThat(rulesOnly.isWorkingDay(LocalDate.of(2023, 9, 5))).isTrue();
        // 2026 with the overlay keeps the compensation and shows the announced wording
        assertThat(cal.day(LocalDate.of(2026, 4, 27)).reason()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026 trùng Chủ nhật)");
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 4))).isTrue();
    }

    @Test
    void twoTetDaysOnAWeekendGiveTwoCompensationDays() {
        // Tết 2031: mùng 1 is Thursday 23/1; mùng 3–4 fall on Saturday and Sunday
        WorkCalendar rulesOnly = WorkCalendar.standard();
        assertThat(rulesOnly.day(LocalDate.of(2031, 1, 27)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(rulesOnly.day(LocalDate.of(2031, 1, 28)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(rulesOnly.isWorkingDay(LocalDate.of(2031, 1, 29))).isTrue();
    }

    @Test
    void receiptsAfterClosingOnWeekendsBeforeOpeningAndAtLunchStartAtTheNextOpening() {
        TimeBudget five = TimeBudget.workingDays(5);
        assertThat(cal.due(at("2023-10-27T17:30"), five)).contains(at("2023-11-06T07:30"));
        assertThat(cal.due(at("2023-10-28T10:00"), five)).contains(at("2023-11-06T07:30"));
        assertThat(cal.due(at("2023-10-29T23:59"), five)).contains(at("2023-11-06T07:30"));
        assertThat(cal.effectiveStart(at("2023-10-30T06:45"))).isEqualTo(at("2023-10-30T07:30"));
        assertThat(cal.effectiveStart(at("2023-10-30T12:10"))).isEqualTo(at("2023-10-30T13:30"));
        assertThat(cal.effectiveStart(at("2023-10-30T17:00"))).isEqualTo(at("2023-10-30T17:00")); // the closing minute counts
        assertThat(cal.effectiveStart(at("2023-10-30T17:00:01"))).isEqualTo(at("2023-10-31T07:30"));
        assertThat(cal.explainDue(at("2023-10-28T10:00"), five))
                .anyMatch(line -> line.contains("vào ngày nghỉ") && line.contains("07:30 ngày 30/10/2023"));
    }

    @Test
    void saturdayMorningReceptionIsNotWorkingTime() {
        WorkCalendar withSaturday = cal.withOfficeHours(OfficeHours.standard().withSaturdayReception(OfficeSession.of("07:30", "11:30")));
        assertThat(withSaturday.due(at("2023-10-28T09:00"), TimeBudget.workingDays(1))).contains(at("2023-10-31T07:30"));
        assertThat(withSaturday.version()).isNotEqualTo(cal.version()).contains("SAT 07:30-11:30");
    }

    @Test
    void sameDayWithThe1500CutOff() {
        TimeBudget sameDay = TimeBudget.sameDay();
        assertThat(cal.due(at("2023-10-26T14:59"), sameDay)).contains(at("2023-10-26T17:00"));
        assertThat(cal.due(at("2023-10-26T15:00"), sameDay)).contains(at("2023-10-27T17:00"));
        assertThat(cal.due(at("2023-10-27T16:00"), sameDay)).contains(at("2023-10-30T17:00"));
        assertThat(cal.due(at("2023-10-28T09:00"), sameDay)).contains(at("2023-10-30T17:00"));
        assertThat(cal.due(at("2023-10-26T12:00"), sameDay)).contains(at("2023-10-26T17:00")); // lunch: starts 13:30
        assertThat(cal.due(at("2026-02-13T15:30"), sameDay)).contains(at("2026-02-23T17:00"));
        assertThat(cal.due(at("2023-10-26T15:30"), TimeBudget.sameDay(LocalTime.of(16, 0)))).contains(at("2023-10-26T17:00"));
    }

    @Test
    void workingHoursCountOnlyInsideSessionsAcrossLunchAndNights() {
        assertThat(cal.due(at("2023-10-30T10:00"), TimeBudget.workingHours(2))).contains(at("2023-10-30T14:00"));
        assertThat(cal.due(at("2023-10-30T16:00"), TimeBudget.workingHours(8))).contains(at("2023-10-31T16:30"));
        assertThat(cal.due(at("2023-10-30T07:30"), TimeBudget.workingHours(4))).contains(at("2023-10-30T11:30"));
        assertThat(cal.due(at("2023-10-27T16:00"), TimeBudget.workingHours(2))).contains(at("2023-10-30T08:30"));
        assertThat(cal.due(at("2026-02-13T16:00"), TimeBudget.workingHours(4))).contains(at("2026-02-23T10:30"));
        assertThat(cal.workingTimeBetween(at("2023-10-30T10:00"), at("2023-10-31T08:00"))).isEqualTo(Duration.ofMinutes(90 + 210 + 30));
        assertThat(cal.workingTimeBetween(at("2023-10-31T08:00"), at("2023-10-30T10:00"))).isEqualTo(Duration.ofMinutes(-330));
    }

    @Test
    void calendarDaysArePushedOffNonWorkingDays() {
        // a period ending on a day off ends at the close of the next working day
        assertThat(cal.due(at("2026-02-09T09:00"), TimeBudget.calendarDays(7))).contains(at("2026-02-23T17:00"));
        assertThat(cal.due(at("2023-10-23T09:00"), TimeBudget.calendarDays(5))).contains(at("2023-10-30T17:00"));
        assertThat(cal.due(at("2023-10-23T09:00"), TimeBudget.calendarDays(3))).contains(at("2023-10-26T17:00"));
    }

    @Test
    void noDueDate() {
        assertThat(cal.due(at("2023-10-23T09:00"), TimeBudget.none())).isEmpty();
        assertThat(cal.explainDue(at("2023-10-23T09:00"), TimeBudget.none())).last().asString().contains("không có hạn trả");
    }

    @Test
    void configurableHoursChangeClosingAndHourBudgets() {
        WorkCalendar other = cal.withOfficeHours(OfficeHours.weekdays(OfficeSession.of("07:00", "11:30"), OfficeSession.of("13:00", "16:30")));
        assertThat(other.due(at("2023-10-26T10:00"), TimeBudget.sameDay())).contains(at("2023-10-26T16:30"));
        assertThat(other.due(at("2023-10-26T10:00"), TimeBudget.workingHours(2))).contains(at("2023-10-26T13:30"));
        assertThat(other.due(at("2023-10-26T06:00"), TimeBudget.workingDays(1))).contains(at("2023-10-27T07:00"));
    }

    @Test
    void unknownYearIsComputedFromTheRulesAndSaysSo() {
        assertThat(cal.overlay(2031)).isEmpty();
        assertThat(cal.yearNote(2031)).startsWith("Không có lịch nghỉ công bố cho năm 2031");
        assertThat(cal.explainDue(at("2031-04-25T09:00"), TimeBudget.workingDays(5)))
                .contains("Không có lịch nghỉ công bố cho năm 2031: ngày nghỉ tính theo Bộ luật Lao động 2019 (Điều 111, 112).")
                .anyMatch(line -> line.startsWith("Không tính các ngày nghỉ: 30/04/2031") && line.contains("01/05/2031"));
        assertThat(cal.yearNote(2026)).isEqualTo("Áp dụng lịch nghỉ công bố năm 2026 (phiên bản 2026.1).");
    }

    @Test
    void perYearRulesNationalDayAdjacentAndAHolidayAddedByLaw() {
        WorkCalendar third = cal.withRules(HolidayRules.laborCode2019().withNationalDayAdjacent(2027, NationalDayAdjacent.SEPTEMBER_3));
        assertThat(third.isWorkingDay(LocalDate.of(2027, 9, 3))).isFalse();
        assertThat(third.isWorkingDay(LocalDate.of(2027, 9, 1))).isTrue();
        assertThat(third.version()).isNotEqualTo(cal.version());
        WorkCalendar cultureDay = cal.withRules(HolidayRules.laborCode2019().withExtraHoliday(MonthDay.of(11, 24), "Ngày Văn hóa Việt Nam (24/11)", 2027));
        assertThat(cultureDay.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(cultureDay.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse();
    }

    @Test
    void exceptionsListEveryDayThatDiffersFromTheWeeklyPattern() {
        assertThat(cal.exceptions(2026)).extracting(DayInfo::date).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 8, 22), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
    }

    @Test
    void instantHelpersUseAsiaHoChiMinh() {
        Instant received = Instant.parse("2023-10-27T02:32:00Z"); // 09:32 in Hà Nội
        assertThat(cal.due(received, TimeBudget.workingDays(5))).contains(Instant.parse("2023-11-03T02:32:00Z"));
        assertThat(WorkCalendar.toLocal(received)).isEqualTo(at("2023-10-27T09:32"));
    }

    @Test
    void versionNamesRulesHoursAndOverlays() {
        assertThat(cal.version()).isEqualTo("BLLD2019|MON,TUE,WED,THU,FRI 07:30-11:30,13:30-17:00|overlay 2026@2026.1");
        assertThat(WorkCalendar.standard().version()).isEqualTo("BLLD2019|MON,TUE,WED,THU,FRI 07:30-11:30,13:30-17:00");
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2200, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
