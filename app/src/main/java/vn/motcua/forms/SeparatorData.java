package vn.motcua.forms;

/**
 * One separator sheet: the dossier and the component whose papers follow it in a scanned
 * stack. The name is printed for the clerk; only the two codes go into the QR code.
 */
public record SeparatorData(String dossierCode, String componentCode, String componentName) {
}
