package vn.motcua.ui.dossiers;

import vn.motcua.dossier.DossierRow;

/**
 * One row of the list as the table shows it: the service's row plus every text precomputed off
 * the FX thread, so cells only copy strings (no formatting while the clerk scrolls).
 */
public record DossierLine(DossierRow row, String received, String due, String remaining, String deadline, String status,
        String sync) {
    public String code() {
        return row.code();
    }
}
