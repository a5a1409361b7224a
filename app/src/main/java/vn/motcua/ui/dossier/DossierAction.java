package vn.motcua.ui.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCombination;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Transitions;

/**
 * What a clerk can do to an open dossier from its view, with the keyboard shortcut of each
 * (declared here, once, for this view). Which ones are offered comes from {@link Transitions}
 * alone; extending needs a running clock. The three that end the dossier have no shortcut:
 * they are reached with Tab and always confirmed.
 */
public enum DossierAction {
    HAND_OVER("Shortcut+H"),
    REQUEST_SUPPLEMENT("Shortcut+B"),
    RECEIVE_SUPPLEMENT("Shortcut+Shift+B"),
    EXTEND("Shortcut+G"),
    RESULT_READY("Shortcut+K"),
    RETURN("Shortcut+T"),
    /** The chair signs the result or letter 04/05; offered when the dossier has one of them (not a status move). */
    SIGN("Shortcut+Shift+K"),
    WITHDRAW(null),
    STOP(null),
    REFUSE(null);

    /** Reloads the dossier from the database. */
    public static final KeyCombination RELOAD = KeyCombination.keyCombination("F5");
    /** Closes the view (the shell removes its tab). */
    public static final KeyCombination CLOSE = KeyCombination.keyCombination("Shortcut+W");

    private final KeyCombination combination;

    DossierAction(String spec) {
        this.combination = spec == null ? null : KeyCombination.keyCombination(spec);
    }

    /** The shortcut, or null for the actions that end the dossier. */
    public KeyCombination combination() {
        return combination;
    }

    /** True for withdrawal, stop and refusal: they end the dossier and ask for confirmation. */
    public boolean ends() {
        return this == WITHDRAW || this == STOP || this == REFUSE;
    }

    /** The status an ending action moves to. */
    public DossierStatus endStatus() {
        return switch (this) {
            case WITHDRAW -> DossierStatus.WITHDRAWN;
            case STOP -> DossierStatus.STOPPED;
            case REFUSE -> DossierStatus.REFUSED;
            default -> throw new IllegalStateException(name() + " does not end the dossier");
        };
    }

    /** The actions a dossier in {@code status} offers, in this enum's order. */
    public static List<DossierAction> offered(DossierStatus status) {
        Set<DossierStatus> next = Transitions.next(status);
        List<DossierAction> out = new ArrayList<>();
        for (DossierAction a : values()) {
            boolean ok = switch (a) {
                case HAND_OVER -> next.contains(DossierStatus.IN_PROCESS);
                case REQUEST_SUPPLEMENT -> next.contains(DossierStatus.SUPPLEMENT_REQUESTED);
                case RECEIVE_SUPPLEMENT -> status == DossierStatus.SUPPLEMENT_REQUESTED;
                case EXTEND -> status.clockRuns();
                case RESULT_READY -> next.contains(DossierStatus.RESULT_READY);
                case RETURN -> next.contains(DossierStatus.RETURNED);
                case SIGN -> false; // depends on the documents, not the status: see DossierViewModel
                case WITHDRAW -> next.contains(DossierStatus.WITHDRAWN);
                case STOP -> next.contains(DossierStatus.STOPPED);
                case REFUSE -> next.contains(DossierStatus.REFUSED);
            };
            if (ok) {
                out.add(a);
            }
        }
        return out;
    }
}
