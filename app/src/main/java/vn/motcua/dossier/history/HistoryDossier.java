package vn.motcua.dossier.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.citizen.ApplicantDetails;

/**
 * A history line that passed every check, with everything the rows need already derived: the
 * status, verdict and dates the processing service would have left on the dossier, the name
 * keys, the ledger's budget. Writing it is then a matter of binding values.
 */
record HistoryDossier(long line, UUID id, String code, String agencyCode, LocalDate receiptDay, int seq,
        String procedureCode, String procedureName, String procedureField, String legalTime, TimeBudget budget,
        int channel, int applicantType, ApplicantDetails applicant, int sets, Instant receivedAt, LocalDateTime receivedLocal,
        Instant dueAt, String receivedByName, List<Step> events, int status, Instant statusChangedAt, Instant finishedAt,
        String verdict, Instant returnedAt, String returnedTo, String reason, Instant openDueAt, Set<String> nameKeys) {

    /** One status event as it will be stored (from is null for the opening event). */
    record Step(Instant at, Integer from, int to, String actorName, String note) {
    }
}
