package vn.motcua.documents.source;

import vn.motcua.documents.ImportedDocument;

/** One stored PDF made from a source file, and the dossier component it was linked to. */
public record FiledDocument(String dossierCode, String componentCode, ImportedDocument document) {
}
