package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import vn.motcua.calendar.DeadlineLedger;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncState;

/**
 * Everything that happened to one dossier, read in one transaction: status events, hand-over
 * steps, supplement rounds, extensions, the deadline ledger (rebuilt, with its explanation
 * lines), the rating and the sync history. What the timeline view and {@code dossier show} print.
 */
public record DossierStory(Dossier dossier, List<StatusEvent> events, List<HandOverStep> steps, List<SupplementRound> rounds,
        List<DossierExtension> extensions, Optional<DeadlineLedger> ledger, Optional<DossierRating> rating,
        List<OutboxEntry> syncHistory, SyncState syncState) {

    /** The forms this dossier has produced so far (numbers as printed: "01" … "06"). */
    public List<String> forms() {
        List<String> forms = new java.util.ArrayList<>();
        DossierStatus status = dossier.status();
        if (ledger.isPresent()) { // accepted at some point: the receipt was printed then
            forms.add("01");
        }
        if (!rounds.isEmpty() || (status == DossierStatus.SUPPLEMENT_REQUESTED && ledger.isEmpty())) {
            forms.add("02");
        }
        if (status == DossierStatus.REFUSED) {
            forms.add("03");
        }
        if (!extensions.isEmpty()) {
            forms.add("04");
        }
        if (status == DossierStatus.WITHDRAWN || status == DossierStatus.STOPPED) {
            forms.add("05");
        }
        if (!steps.isEmpty()) {
            forms.add("06");
        }
        return forms;
    }
}
