package vn.motcua.forms;

/**
 * What form 03 (Phiếu từ chối tiếp nhận, giải quyết hồ sơ) prints: the specific reason for
 * refusing and where the citizen can get help.
 *
 * @param officer the officer refusing the dossier, who signs
 */
public record RefusalData(DocumentHeader header, String dossierCode, String applicantName, String procedureName,
        String reason, String helpContact, String officer) {
}
