package vn.motcua.dossier;

/**
 * What the clerk decides at the counter: accept (receipt, form 01), ask for the missing papers
 * first (form 02, no clock running), or refuse (form 03, status 3).
 */
public enum IntakeOutcome {
    ACCEPT,
    REQUEST_SUPPLEMENT,
    REFUSE
}
