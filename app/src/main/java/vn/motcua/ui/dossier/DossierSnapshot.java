package vn.motcua.ui.dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.DossierStory;

/**
 * One read of a dossier for its view: the story, the working time left (computed like the
 * list's: negative when overdue, null while the clock does not run or without a due date), the
 * linked documents with the digital signatures put on them, and today / the next working day for the "due soon" warning.
 */
public record DossierSnapshot(DossierStory story, Duration remaining, List<DossierDocument> documents,
        List<vn.motcua.dossier.DossierSignature> signatures, LocalDate today, LocalDate nextWorkingDay) {
}
