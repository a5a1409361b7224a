package vn.motcua.ui.dossiers;

import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.dossier.DeadlineState;

/**
 * How a deadline state looks: an icon, the words, and an AtlantaFX colour class. Never colour
 * alone, so a colour-blind clerk or a grey-scale printout still tells "overdue" from "due today".
 */
public final class DeadlineLook {
    private static final String[] COLOURS = {"danger", "warning", "accent", "success", "text-muted"};

    private DeadlineLook() {
    }

    static Ikon icon(DeadlineState state) {
        return switch (state) {
            case OVERDUE -> Material2AL.ERROR;
            case DUE_TODAY -> Material2AL.ALARM;
            case DUE_SOON -> Material2MZ.SCHEDULE;
            case IN_TIME -> Material2AL.CHECK_CIRCLE_OUTLINE;
            case PAUSED -> Material2MZ.PAUSE_CIRCLE_OUTLINE;
            case NOT_STARTED -> Material2AL.HOURGLASS_EMPTY;
            case CLOSED -> Material2AL.DONE_ALL;
            case NO_DEADLINE -> Material2AL.ALL_INCLUSIVE;
        };
    }

    static String colour(DeadlineState state) {
        return switch (state) {
            case OVERDUE -> "danger";
            case DUE_TODAY -> "warning";
            case DUE_SOON -> "accent";
            case IN_TIME -> "success";
            case PAUSED, NOT_STARTED, CLOSED, NO_DEADLINE -> "text-muted";
        };
    }

    /**
     * Dresses a label (a table cell's graphic, a summary line) for the state; {@code null} clears
     * it. A label that already shows the state keeps its icon and style classes: a table cell is
     * dressed again on every scroll step, and changing style classes sends it through a CSS pass.
     */
    public static void apply(Label label, DeadlineState state, String words) {
        label.setText(state == null ? null : words);
        if (label.getProperties().containsKey(DeadlineLook.class) && label.getProperties().get(DeadlineLook.class) == state) {
            return;
        }
        label.getProperties().put(DeadlineLook.class, state);
        label.getStyleClass().removeAll(COLOURS);
        if (state == null) {
            label.setGraphic(null);
            return;
        }
        FontIcon icon = label.getGraphic() instanceof FontIcon shown ? shown : new FontIcon();
        icon.setIconCode(icon(state));
        label.setGraphic(icon);
        label.getStyleClass().add(colour(state));
    }
}
