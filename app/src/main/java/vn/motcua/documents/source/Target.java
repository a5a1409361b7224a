package vn.motcua.documents.source;

import java.util.Objects;
import vn.motcua.common.Text;

/** Where a scanned file without separator sheets goes: one component (thành phần) of one dossier. */
public record Target(String dossierCode, String componentCode) {
    public Target {
        dossierCode = Objects.requireNonNull(Text.nfcOrNull(dossierCode), "dossierCode");
        componentCode = Objects.requireNonNull(Text.nfcOrNull(componentCode), "componentCode");
    }
}
