package vn.motcua.signing;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads the DocMDP permission of a certified PDF (ISO 32000-1 §12.8.2.2). A document certified
 * with P=1 allows no change at all, so another signature would break the certification:
 * the desk refuses to sign it rather than produce a document every reader marks as altered.
 */
final class CertificationLock {
    private CertificationLock() {
    }

    static boolean forbidsChanges(PDDocument doc) {
        COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        if (perms == null) {
            return false;
        }
        COSDictionary certification = perms.getCOSDictionary(COSName.DOCMDP);
        if (certification == null) {
            return false;
        }
        COSArray references = certification.getCOSArray(COSName.REFERENCE);
        if (references == null) {
            return false;
        }
        for (int i = 0; i < references.size(); i++) {
            if (references.getObject(i) instanceof COSDictionary reference
                    && COSName.DOCMDP.equals(reference.getDictionaryObject(COSName.TRANSFORM_METHOD))) {
                COSDictionary params = reference.getCOSDictionary(COSName.TRANSFORM_PARAMS);
                if (params != null && params.getInt(COSName.P, 2) == 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
