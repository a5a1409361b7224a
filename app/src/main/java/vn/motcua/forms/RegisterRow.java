package vn.motcua.forms;

import java.time.LocalDateTime;

/**
 * One dossier's line in form 07 (Sổ theo dõi hồ sơ). Times are Vietnam local time; a
 * {@code null} time means "not yet" and leaves its cell blank.
 *
 * @param no              the line number in the register (số thứ tự)
 * @param sets            the number of sets handed in (số bộ hồ sơ)
 * @param addressPhone    the applicant's address and phone as one text
 * @param sentToHandlerAt when the front office passed the dossier to the handling unit
 * @param resultAt        when the result came back to the front office
 * @param returnedAt      when the result was handed to the citizen
 */
public record RegisterRow(int no, String dossierCode, String procedureName, int sets, String applicantName,
        String addressPhone, String handlingUnit, LocalDateTime receivedAt, LocalDateTime dueAt,
        LocalDateTime sentToHandlerAt, LocalDateTime resultAt, LocalDateTime returnedAt, String note) {
}
