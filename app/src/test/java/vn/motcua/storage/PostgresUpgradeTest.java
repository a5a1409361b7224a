package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.testing.TestDatabase;

/**
 * An office on PostgreSQL at an older schema: the desk migrates it without an automatic backup
 * (the server's backups are its administrator's job), writes nothing into the backups folder, and
 * says so in the note the desk shows.
 */
class PostgresUpgradeTest {
    @TempDir
    Path tmp;

    @Test
    void anOlderServerDatabaseIsMigratedWithANoteThatNoBackupWasMade() {
        DataDirectory dir = TestDatabase.POSTGRESQL.prepare(tmp);
        ServerConnection server = new SettingsStore(dir.settingsFile()).load().serverConnection();
        Flyway.configure().dataSource(server.url(), server.user(), server.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .target("16").load().migrate();
        List<String> heard = new ArrayList<>();
        UpgradeListener listener = new UpgradeNews(Messages.of(Language.EN), heard::add);

        SchemaUpgrade upgrade;
        String location;
        try (Database db = Database.openConfigured(dir, AppContext.ENTITIES, listener)) {
            assertThat(db.vendor()).isEqualTo("postgresql");
            assertThat(db.schemaVersion()).isEqualTo(String.valueOf(Migrations.LATEST));
            upgrade = db.upgrade().orElseThrow();
            location = db.location();
        }
        assertThat(upgrade.from()).isEqualTo("16");
        assertThat(upgrade.backup()).isEmpty();
        Messages en = Messages.of(Language.EN);
        String latest = String.valueOf(Migrations.LATEST);
        assertThat(heard).containsExactly(en.get("storage.upgrade.migrating", "16", latest),
                en.get("storage.upgrade.doneWithoutBackup", location, "16", latest));
        assertThat(DatabaseBackups.latest(dir)).isEmpty();
        assertThat(dir.backups().toFile().list()).isEmpty();
    }
}
