package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.Database;
import vn.motcua.storage.DatabaseBackups;
import vn.motcua.testing.OldSchema;

/** A desk started on a database of an earlier schema tells the clerk it was upgraded and where the backup of the old data is. */
class UpgradeShellTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) throws Exception {
        OldSchema.create(new DataDirectory(dataDir).prepare(), 16);
    }

    @Test
    void theDeskSaysTheDatabaseWasUpgradedAndNamesTheBackup(FxRobot robot) throws Exception {
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        String text = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        Path backup = DatabaseBackups.latest(new DataDirectory(fixture.dataDir)).orElseThrow();
        assertThat(text).isEqualTo(Messages.of(Language.VI).get("storage.upgrade.done", "16",
                String.valueOf(Database.SCHEMA_VERSION), backup.toString()));
    }
}
