package vn.motcua.forms;

import java.util.List;

/**
 * What form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) prints: everything to add or correct,
 * asked for at once, why, where the rules are published and whom to call.
 *
 * @param toAddOrCorrect the papers to bring or fix; each row's note says what to correct
 * @param officer        the guiding officer who signs (người hướng dẫn)
 */
public record SupplementRequestData(DocumentHeader header, String dossierCode, String applicantName, String procedureName,
        List<ComponentRow> toAddOrCorrect, String reason, String rulesPublishedAt, String contactOfficer,
        String contactPhone, String officer) {
}
