package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.dossier.Intakes;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;

/** A desk whose database came back without a receipt it printed says so, naming the dossier, when it opens. */
class LostReceiptShellTest extends ShellTest {
    private String lost;

    @Override
    protected void prepare(Path dataDir) throws Exception {
        DataDirectory data = new DataDirectory(dataDir);
        try (AppContext context = TestOffice.initialized(dataDir)) {
            context.intake().receive(context.users().actingAs(TestOffice.ADMIN), Intakes.accept(context, Intakes.CERTIFIED_COPY));
        }
        Path file = data.databaseDir().resolve("motcua.mv.db");
        Path earlier = dataDir.resolveSibling("earlier.mv.db");
        Files.copy(file, earlier, StandardCopyOption.REPLACE_EXISTING);
        try (AppContext context = AppContext.open(data.prepare())) {
            lost = context.intake().receive(context.users().actingAs(TestOffice.ADMIN), Intakes.accept(context, Intakes.CERTIFIED_COPY)).code();
        }
        Files.copy(earlier, file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theDeskNamesTheReceiptItsDatabaseLost(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        String text = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertThat(text).isEqualTo(Messages.of(Language.VI).get("receipts.lost.body", lost));
    }
}
