package vn.motcua.ui.intake;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.motcua.catalog.ComponentQuantity;
import vn.motcua.catalog.ComponentSource;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.documents.ReuseOffer;

/**
 * One line of the checklist (thành phần hồ sơ): the catalogue's component and the counts the
 * clerk counted at the counter. Mandatory papers start at the catalogue's usual counts, the
 * optional ones at zero (the clerk adds them when brought).
 */
public final class ChecklistRow {
    private final RequiredComponent component;
    private final IntegerProperty originals = new SimpleIntegerProperty();
    private final IntegerProperty certifiedCopies = new SimpleIntegerProperty();
    private final IntegerProperty photocopies = new SimpleIntegerProperty();
    private final IntegerProperty pages = new SimpleIntegerProperty();
    private final BooleanBinding missing;
    private final ObjectProperty<ReuseOffer> offer = new SimpleObjectProperty<>();
    private final BooleanProperty reuse = new SimpleBooleanProperty();

    ChecklistRow(RequiredComponent component, boolean needsPages) {
        this.component = component;
        if (component.mandatory()) {
            originals.set(component.originals());
            certifiedCopies.set(component.certifiedCopies());
            photocopies.set(component.photocopies());
        }
        pages.set(needsPages && certifiedCopies.get() > 0 ? 1 : 0);
        // looked up in the national databases or only shown: never "missing paper" (as IntakeChecks)
        missing = Bindings.createBooleanBinding(() -> component.mandatory()
                        && component.source() == ComponentSource.COLLECT_PAPER
                        && originals.get() + certifiedCopies.get() + photocopies.get() == 0,
                originals, certifiedCopies, photocopies);
    }

    public RequiredComponent component() {
        return component;
    }

    public ComponentQuantity quantity() {
        return new ComponentQuantity(component.code(), originals.get(), certifiedCopies.get(), photocopies.get(), pages.get());
    }

    void set(IntakeDraft.Count count) {
        originals.set(count.originals());
        certifiedCopies.set(count.certifiedCopies());
        photocopies.set(count.photocopies());
        pages.set(count.pages());
    }

    IntakeDraft.Count count() {
        return new IntakeDraft.Count(component.code(), originals.get(), certifiedCopies.get(), photocopies.get(), pages.get());
    }

    public IntegerProperty originalsProperty() {
        return originals;
    }

    public IntegerProperty certifiedCopiesProperty() {
        return certifiedCopies;
    }

    public IntegerProperty photocopiesProperty() {
        return photocopies;
    }

    public IntegerProperty pagesProperty() {
        return pages;
    }

    /** A mandatory paper the applicant has not brought (the row is highlighted). */
    public BooleanBinding missingProperty() {
        return missing;
    }

    /** An earlier scan of this applicant for this component, if one was found; null otherwise. */
    public ObjectProperty<ReuseOffer> offerProperty() {
        return offer;
    }

    /** The clerk ticked the offer: the earlier scan is linked right after the dossier is received. */
    public BooleanProperty reuseProperty() {
        return reuse;
    }

    /** Replaces the offer; a new or withdrawn offer starts unticked (the clerk decides each time). */
    void offer(ReuseOffer o) {
        if (o == null || offer.get() == null || !o.documentId().equals(offer.get().documentId())) {
            reuse.set(false);
        }
        offer.set(o);
    }
}
