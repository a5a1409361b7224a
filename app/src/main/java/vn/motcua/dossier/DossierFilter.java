package vn.motcua.dossier;

/**
 * What the dossier list asks for: a tab, a search (folded name words, code, or ID number), an
 * optional status and procedure, a sort column and direction.
 */
public record DossierFilter(Tab tab, String search, DossierStatus status, String procedureCode, Sort sort, boolean descending) {
    /** The clerk's tabs. */
    public enum Tab { TODAY, DUE_SOON, OVERDUE, WAITING, ALL }

    /** Columns the database sorts by; null = the tab's natural order (most urgent first). */
    public enum Sort { CODE, APPLICANT, PROCEDURE, RECEIVED, DUE, STATUS }

    public static DossierFilter tab(Tab tab) {
        return new DossierFilter(tab, null, null, null, null, false);
    }

    public DossierFilter withSearch(String text) {
        return new DossierFilter(tab, text, status, procedureCode, sort, descending);
    }

    public DossierFilter withTab(Tab t) {
        return new DossierFilter(t, search, status, procedureCode, sort, descending);
    }

    public DossierFilter withStatus(DossierStatus s) {
        return new DossierFilter(tab, search, s, procedureCode, sort, descending);
    }

    public DossierFilter withProcedure(String code) {
        return new DossierFilter(tab, search, status, code, sort, descending);
    }

    public DossierFilter sortedBy(Sort column, boolean desc) {
        return new DossierFilter(tab, search, status, procedureCode, column, desc);
    }
}
