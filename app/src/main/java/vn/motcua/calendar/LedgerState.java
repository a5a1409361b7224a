package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The deadline after some events, and how each event moves it. Package-private: the ledger
 * is the public face; this is the arithmetic, kept apart so it can be replayed under a new
 * calendar.
 *
 * @param due current due instant, null for a budget without due date
 * @param rawDue for calendar-day budgets, the due instant before being moved off a non-working day
 * @param anchor the last "day 0": the receipt day, then each supplement day; it is not part of
 *        the budget, so it is never counted as a paused day either
 * @param pausedSince start of the current wait for a supplement, or null
 * @param extensionDays all working days granted so far (kept so that a restart keeps them)
 */
record LedgerState(LocalDateTime due, LocalDateTime rawDue, LocalDate anchor, LocalDateTime pausedSince,
        String pauseReason, int extensionDays) {

    record Step(LedgerState state, String explanation) {
    }

    static Step open(WorkCalendar cal, LocalDateTime received, TimeBudget budget) {
        LocalDateTime start = cal.effectiveStart(received);
        LocalDateTime due = cal.due(received, budget).orElse(null);
        LocalDateTime raw = budget.kind() == BudgetKind.CALENDAR_DAYS ? start.plusDays(budget.amount()) : null;
        String text = "Nhận hồ sơ lúc " + VietnameseText.dateTime(received)
                + (start.equals(received) ? "" : " (tính từ " + VietnameseText.dateTime(start) + ")")
                + "; thời hạn " + budget.describe()
                + (due == null ? "." : "; hạn trả " + VietnameseText.dateTime(due) + ".");
        return new Step(new LedgerState(due, raw, start.toLocalDate(), null, null, 0), text);
    }

    Step apply(LedgerEvent event, WorkCalendar cal, TimeBudget budget, PausePolicy policy) {
        // plain instanceof: pattern matching in switch is not final in Java 17
        if (event instanceof LedgerEvent.SupplementRequested e) {
            return new Step(new LedgerState(due, rawDue, anchor, e.at(), e.reason(), extensionDays),
                    "Tạm dừng tính thời hạn từ " + VietnameseText.dateTime(e.at()) + " để chờ bổ sung: " + e.reason() + ".");
        }
        if (event instanceof LedgerEvent.SupplementReceived e) {
            return resume(e.at(), cal, budget, policy);
        }
        if (event instanceof LedgerEvent.Extended e) {
            return extend(e, cal);
        }
        LedgerEvent.CalendarChanged e = (LedgerEvent.CalendarChanged) event;
        return new Step(this, "Áp dụng lịch làm việc phiên bản " + e.toVersion() + " (trước đây: " + e.fromVersion() + ")"
                + (due == null ? "." : ": hạn trả " + VietnameseText.dateTime(due) + "."));
    }

    private Step resume(LocalDateTime at, WorkCalendar cal, TimeBudget budget, PausePolicy policy) {
        LocalDate resumedOn = cal.effectiveStart(at).toLocalDate();
        String span = "chờ bổ sung từ " + VietnameseText.date(pausedSince.toLocalDate()) + " đến " + VietnameseText.date(at.toLocalDate());
        if (due == null) {
            return new Step(new LedgerState(null, null, resumedOn, null, null, extensionDays), "Nhận bổ sung lúc "
                    + VietnameseText.dateTime(at) + " (" + span + "); thủ tục không có thời hạn giải quyết.");
        }
        if (policy == PausePolicy.RESTART) {
            LocalDateTime restarted = cal.due(at, budget).orElseThrow();
            LocalDateTime raw = budget.kind() == BudgetKind.CALENDAR_DAYS ? cal.effectiveStart(at).plusDays(budget.amount()) : null;
            if (extensionDays > 0) {
                restarted = cal.addWorkingDays(restarted.toLocalDate(), extensionDays).atTime(restarted.toLocalTime());
                raw = raw == null ? null : restarted;
            }
            String text = "Tính lại toàn bộ thời hạn " + budget.describe() + " từ khi nhận bổ sung lúc " + VietnameseText.dateTime(at)
                    + " (" + span + (extensionDays > 0 ? ", giữ " + extensionDays + " ngày làm việc đã gia hạn" : "")
                    + "): hạn trả mới " + VietnameseText.dateTime(restarted) + " (hạn cũ " + VietnameseText.dateTime(due) + ").";
            return new Step(new LedgerState(restarted, raw, resumedOn, null, null, extensionDays), text);
        }
        LocalDate pausedFrom = cal.effectiveStart(pausedSince).toLocalDate();
        LocalDateTime shifted;
        LocalDateTime raw = rawDue;
        String amount;
        if (budget.kind() == BudgetKind.WORKING_HOURS) {
            Duration lost = cal.workingTimeBetween(pausedSince, at);
            shifted = cal.addWorkingTime(due, lost);
            amount = lost.isZero() ? null : VietnameseText.workingDuration(lost) + " làm việc";
            span = "chờ bổ sung từ " + VietnameseText.dateTime(pausedSince) + " đến " + VietnameseText.dateTime(at);
        } else {
            LocalDate firstLost = pausedFrom.isAfter(anchor) ? pausedFrom : anchor.plusDays(1);
            if (budget.kind() == BudgetKind.CALENDAR_DAYS) {
                long days = Math.max(0, resumedOn.toEpochDay() - firstLost.toEpochDay() + 1);
                raw = rawDue.plusDays(days);
                shifted = cal.calendarDayDue(raw.toLocalDate());
                amount = days == 0 ? null : days + " ngày";
            } else {
                int days = Math.max(0, cal.workingDaysBetween(firstLost.minusDays(1), resumedOn));
                shifted = cal.addWorkingDays(due.toLocalDate(), days).atTime(due.toLocalTime());
                amount = days == 0 ? null : days + " ngày làm việc";
            }
        }
        String text = amount == null
                ? "Hạn trả giữ nguyên: thời gian " + span + " không làm mất ngày làm việc nào của thời hạn."
                : "Hạn trả lùi " + amount + " do " + span + ": hạn trả mới " + VietnameseText.dateTime(shifted)
                        + " (hạn cũ " + VietnameseText.dateTime(due) + ").";
        return new Step(new LedgerState(shifted, raw, resumedOn, null, null, extensionDays), text);
    }

    private Step extend(LedgerEvent.Extended e, WorkCalendar cal) {
        String text = "Gia hạn thêm " + e.workingDays() + " ngày làm việc: " + e.reason();
        if (due == null) {
            return new Step(this, text + " (thủ tục không có thời hạn giải quyết).");
        }
        LocalDateTime extended = cal.addWorkingDays(due.toLocalDate(), e.workingDays()).atTime(due.toLocalTime());
        text += ". Hạn trả mới " + VietnameseText.dateTime(extended) + " (hạn cũ " + VietnameseText.dateTime(due) + ").";
        return new Step(new LedgerState(extended, rawDue == null ? null : extended, anchor, pausedSince,
                pauseReason, extensionDays + e.workingDays()), text);
    }
}
