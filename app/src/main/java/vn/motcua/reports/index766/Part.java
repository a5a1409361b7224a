package vn.motcua.reports.index766;

/** Which side of an indicator's share the click-through lists. */
public enum Part {
    /** What earned the points (e.g. dossiers submitted online). */
    NUMERATOR,
    /** Everything the share is taken over (e.g. every dossier received in the period). */
    DENOMINATOR
}
