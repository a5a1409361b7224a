package vn.motcua.reports.index766;

/** What an indicator counts, so the click-through knows whether its lines are dossier or procedure codes. */
public enum Unit {
    DOSSIER,
    PROCEDURE
}
