package vn.motcua.dossier.history;

import java.util.List;

/**
 * One line of a history file as written, before any check: every scalar kept as the text it
 * was given (numbers too), so that the checks can name the field and the value that is wrong.
 */
record HistoryLine(String code, String procedureCode, String procedureName, String procedureField, String channel,
        String applicantType, String receivedAt, String dueAt, String receivedBy, String sets, Applicant applicant,
        List<Event> events) {

    /** The applicant as the portal or the old register kept them. */
    record Applicant(String fullName, String idNumber, String birthDate, String sex, String address, String phone,
            String email) {
    }

    /** One status change: the portal code, the local time, and optional who / note / who took the result. */
    record Event(String status, String at, String by, String note, String receivedBy) {
    }
}
