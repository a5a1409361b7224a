package vn.motcua.ui.dossier;

import java.nio.file.Path;
import vn.motcua.signing.DossierSigning;

/**
 * What the chair chose in the signing dialog: the document, and the key — a PKCS#12 file, or a
 * USB token's PKCS#11 library and slot — with the PIN, which the desk wipes after use.
 */
record SignRequest(DossierSigning.What what, Path pkcs12, Path library, int slot, char[] pin) {
    boolean token() {
        return pkcs12 == null;
    }
}
