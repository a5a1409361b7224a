package vn.motcua.ui.dossier;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The desk's one notice board for "this dossier changed" (by code), on the FX thread: a dossier
 * view posts after each action, and every open view of the same dossier (another tab, the list)
 * reloads. Lives as long as the desk, so whoever subscribes must cancel: a view does it when closed.
 */
public final class DossierEvents {
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Starts listening; run the returned action to stop. */
    public Runnable subscribe(Consumer<String> onChanged) {
        listeners.add(onChanged);
        return () -> listeners.remove(onChanged);
    }

    /** Tells every listener that the dossier {@code code} changed. */
    public void changed(String code) {
        for (Consumer<String> l : listeners) {
            l.accept(code);
        }
    }

    /** How many listen now (tests check views let go). */
    public int listenerCount() {
        return listeners.size();
    }
}
