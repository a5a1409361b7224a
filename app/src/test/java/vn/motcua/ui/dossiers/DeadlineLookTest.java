package vn.motcua.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.motcua.dossier.DeadlineState;

/** A table cell is dressed again and again as rows scroll past: each time it must show the row's own state, and only that. */
@ExtendWith(ApplicationExtension.class)
class DeadlineLookTest {

    @Test
    void aReusedLabelShowsEachNewStateAndDropsTheOldOne() {
        Label cell = new Label();
        DeadlineLook.apply(cell, DeadlineState.OVERDUE, "quá 2 ngày");
        FontIcon first = (FontIcon) cell.getGraphic();
        assertThat(cell.getStyleClass()).contains("danger");
        assertThat(first.getIconCode()).isEqualTo(DeadlineLook.icon(DeadlineState.OVERDUE));

        DeadlineLook.apply(cell, DeadlineState.OVERDUE, "quá 3 ngày");
        assertThat(cell.getText()).isEqualTo("quá 3 ngày");
        assertThat(cell.getGraphic()).isSameAs(first);

        DeadlineLook.apply(cell, DeadlineState.IN_TIME, "còn 4 ngày");
        assertThat(cell.getStyleClass()).contains("success").doesNotContain("danger");
        assertThat(((FontIcon) cell.getGraphic()).getIconCode()).isEqualTo(DeadlineLook.icon(DeadlineState.IN_TIME));

        DeadlineLook.apply(cell, null, "ignored");
        assertThat(cell.getText()).isNull();
        assertThat(cell.getGraphic()).isNull();
        assertThat(cell.getStyleClass()).doesNotContain("success", "danger", "warning", "accent", "text-muted");

        DeadlineLook.apply(cell, DeadlineState.DUE_TODAY, "hôm nay");
        assertThat(cell.getStyleClass()).contains("warning");
        assertThat(cell.getGraphic()).isInstanceOf(FontIcon.class);
    }
}
