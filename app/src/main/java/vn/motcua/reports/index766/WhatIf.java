package vn.motcua.reports.index766;

import java.time.LocalDate;

/**
 * "What if" the dossiers due this week are finished on time (the chair's planning line).
 *
 * <p>{@code dueThisWeek} are the open dossiers whose clock runs (accepted, in process, waiting for
 * the fee; a dossier waiting for a supplement has its clock stopped) received before the period's
 * end and due between today and Sunday of this week (Monday..Sunday, Vietnam time, inside the
 * period): the ones that can still be finished on time. If nothing is done they turn overdue
 * ({@code ifLate}); finished on time they count as resolved on time ({@code ifOnTime}), which
 * also puts them among the resolved dossiers of the electronic-result share. {@code gain} is
 * what finishing them on time is worth against letting them slip. {@code alreadyOverdue} counts
 * the open dossiers due earlier this week: too late to gain anything.
 */
public record WhatIf(LocalDate monday, LocalDate sunday, DossierList dueThisWeek, long alreadyOverdue, IndexScore now,
        IndexScore ifLate, IndexScore ifOnTime) {

    /** Points gained by finishing {@link #dueThisWeek} on time rather than late. */
    public double gain() {
        return ifOnTime.total() - ifLate.total();
    }
}
