package vn.motcua.dossier;

/**
 * A hand-over request: to whom (a user name, and/or a unit), by when the receiver must hand it
 * on (working days from now; null = the dossier's own due date), and a note for the control sheet.
 */
public record HandOver(String toUser, String toUnit, Integer stepWorkingDays, String note) {
}
