package vn.motcua.forms;

import java.time.LocalDateTime;
import vn.motcua.calendar.Verdict;

/**
 * One hand-over on form 06: who gave the dossier to whom, when, the step's own due time and how
 * the step ended. Times are Vietnam local time.
 *
 * @param giver    the unit or person handing over (bên giao)
 * @param receiver the unit or person receiving (bên nhận)
 * @param stepDue  when the receiving step is due; {@code null} when it has none
 * @param verdict  early / on time / late; {@code null} while the step is open
 */
public record ControlSheetRow(String giver, String receiver, LocalDateTime handedAt, LocalDateTime stepDue, Verdict verdict,
        String note) {
}
