package vn.motcua.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a scrolling form in view: JavaFX's ScrollPane does not follow
 * the focus, so a clerk tabbing down a long settings form would type into fields below the
 * window's edge.
 */
public final class ScrollFollowsFocus {
    private ScrollFollowsFocus() {
    }

    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, focused) -> reveal(scroll, focused));
            }
        });
    }

    /** Scrolls vertically just enough for {@code node} (if it is inside {@code scroll}) to be seen whole. */
    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (inContent.getMinY() < top) {
            newTop = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewport) {
            newTop = inContent.getMaxY() - viewport;
        }
        if (newTop != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
