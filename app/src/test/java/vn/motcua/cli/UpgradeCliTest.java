package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.Database;
import vn.motcua.storage.DatabaseBackups;
import vn.motcua.testing.OldSchema;

/**
 * A command on a data directory left at an older schema says on standard error that it backs the
 * database up and upgrades it (it can take minutes), and where the backup is; the doctor then
 * names the latest backup beside the schema version.
 */
class UpgradeCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aCommandOnAnOlderDatabaseSaysItBacksUpAndUpgradesAndTheDoctorNamesTheBackup() throws Exception {
        DataDirectory dir = new DataDirectory(tmp.resolve("data")).prepare();
        OldSchema.create(dir, 16);
        CliRun init = CliRun.withStdin("mat-khau-9\n", "--data-dir", dir.root().toString(), "--json", "init",
                "--office-id", "000.00.06.H56", "--office-name", "Trung tâm PVHCC xã Vụ Bản", "--admin-user", "Admin",
                "--admin-password-stdin");
        assertThat(init.exit()).as(init.err()).isZero();
        Path backup = DatabaseBackups.latest(dir).orElseThrow();
        Messages vi = Messages.of(Language.VI);
        String latest = String.valueOf(Database.SCHEMA_VERSION);
        assertThat(init.err().lines()).containsExactly(
                vi.get("storage.upgrade.backingUp", "16", latest),
                vi.get("storage.upgrade.migrating", "16", latest),
                vi.get("storage.upgrade.done", "16", latest, backup.toString()));

        CliRun doctor = CliRun.in(dir.root(), "--json", "doctor");
        assertThat(doctor.exit()).as(doctor.err()).isZero();
        JsonNode schema = null;
        for (JsonNode check : JSON.readTree(doctor.out()).get("checks")) {
            if (check.get("name").asText().equals("schemaVersion")) {
                schema = check;
            }
        }
        assertThat(schema).isNotNull();
        assertThat(schema.get("detail").asText()).isEqualTo(latest + "; latest backup " + backup);
    }
}
