package vn.motcua.ui.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.DossierRow;
import vn.motcua.dossier.DossierStory;

/**
 * One read of a dossier for its view: the story, the list's row (remaining working time,
 * deadline and sync state computed the way the list computes them), the linked documents, and
 * today / the next working day for the "due soon" warning.
 */
public record DossierSnapshot(DossierStory story, Optional<DossierRow> row, List<DossierDocument> documents, LocalDate today,
        LocalDate nextWorkingDay) {
}
