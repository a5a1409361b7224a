package vn.motcua.dossier;

/**
 * What a generic move may carry: the receiver of a hand-over (user and/or unit, and the step's
 * working days), a note (the reason for 3/5/7/8), and who received the result (10).
 */
public record TransitionRequest(String toUser, String toUnit, Integer stepWorkingDays, String note, String receivedBy) {
    public static TransitionRequest note(String note) {
        return new TransitionRequest(null, null, null, note, null);
    }
}
