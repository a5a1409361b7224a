package vn.motcua.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** List cells that wrap long sentences (explanations, reasons) instead of hiding them behind a scroll bar. */
public final class WrappingCells {
    private WrappingCells() {
    }

    public static void apply(ListView<String> list) {
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
    }
}
