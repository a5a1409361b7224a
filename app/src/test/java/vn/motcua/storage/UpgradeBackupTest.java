package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.testing.OldSchema;
import vn.motcua.testing.ReadOnlyDirectory;

/**
 * The automatic backup before a migration of an existing H2 schema: made and verified before
 * Flyway's first statement, named after both versions, restorable by unzipping, pruned to the
 * newest five; none for a new or current database; and when it cannot be written the upgrade
 * stops with the folder named and the database still at its old version with its rows.
 */
class UpgradeBackupTest {
    private static final int OLD = 16;

    @TempDir
    Path tmp;

    @Test
    void anOlderSchemaIsBackedUpBeforeFlywayTouchesItAndTheBackupRestoresWithItsRows() throws Exception {
        DataDirectory dir = new DataDirectory(tmp.resolve("office")).prepare();
        OldSchema.create(dir, OLD);
        List<UUID> rows = insertOutbox(dir, 3);
        List<String> heard = new ArrayList<>();
        UpgradeListener listener = new UpgradeListener() {
            @Override
            public void backingUp(String from, String to) {
                heard.add("backingUp " + from + " " + to);
            }

            @Override
            public void migrating(String from, String to) {
                // the backup is finished and verified, and the schema still the old one
                Path backup = DatabaseBackups.latest(dir).orElseThrow();
                try {
                    DatabaseBackups.verify(backup);
                    heard.add("migrating " + from + " " + to + " at schema " + OldSchema.version(dir.databaseFile()));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }

            @Override
            public void upgraded(SchemaUpgrade upgrade) {
                heard.add("upgraded " + upgrade.from() + " " + upgrade.to());
            }
        };

        SchemaUpgrade upgrade;
        try (Database db = Database.openH2(dir, AppContext.ENTITIES, listener)) {
            assertThat(db.schemaVersion()).isEqualTo(String.valueOf(Migrations.LATEST));
            upgrade = db.upgrade().orElseThrow();
        }
        assertThat(heard).containsExactly("backingUp 16 " + Migrations.LATEST,
                "migrating 16 " + Migrations.LATEST + " at schema 16", "upgraded 16 " + Migrations.LATEST);
        Path backup = upgrade.backup().orElseThrow();
        assertThat(backup.getParent()).isEqualTo(dir.backups());
        assertThat(backup.getFileName().toString()).matches("motcua-\\d{8}-\\d{6}-\\d{3}Z-v16-to-v" + Migrations.LATEST + "\\.zip");
        assertThat(DatabaseBackups.latest(dir)).contains(backup);
        try (Stream<Path> files = Files.list(dir.backups())) {
            assertThat(files).containsExactly(backup); // no unfinished file left beside it
        }

        Path restored = OldSchema.restore(backup, tmp.resolve("restored/db"));
        assertThat(restored.getFileName().toString()).isEqualTo("motcua");
        assertThat(OldSchema.version(restored)).isEqualTo(OLD);
        assertThat(outboxIds(restored)).containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void aNewDatabaseAndACurrentOneAreNotBackedUp() {
        DataDirectory dir = new DataDirectory(tmp.resolve("office")).prepare();
        try (Database db = Database.openH2(dir, AppContext.ENTITIES)) {
            assertThat(db.upgrade()).isEmpty();
        }
        try (Database db = Database.openH2(dir, AppContext.ENTITIES)) {
            assertThat(db.upgrade()).isEmpty();
        }
        assertThat(DatabaseBackups.latest(dir)).isEmpty();
        assertThat(dir.backups().toFile().list()).isEmpty();
    }

    @Test
    void aBackupsFolderThatIsAFileStopsTheUpgradeAndLeavesTheDatabaseAsItWas() throws Exception {
        DataDirectory dir = new DataDirectory(tmp.resolve("office")).prepare();
        OldSchema.create(dir, OLD);
        List<UUID> rows = insertOutbox(dir, 2);
        Files.delete(dir.backups());
        Files.writeString(dir.backups(), "not a folder");

        assertThatThrownBy(() -> Database.openH2(dir, AppContext.ENTITIES))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("storage.backup.notWritable");
                    assertThat(e.args()).containsExactly(dir.backups());
                });
        assertThat(OldSchema.version(dir.databaseFile())).isEqualTo(OLD);
        assertThat(outboxIds(dir.databaseFile())).containsExactlyInAnyOrderElementsOf(rows);

        // once the folder is fixed the same database upgrades
        Files.delete(dir.backups());
        try (Database db = Database.openH2(dir, AppContext.ENTITIES)) {
            assertThat(db.upgrade().flatMap(SchemaUpgrade::backup)).isPresent();
        }
    }

    @Test
    void aReadOnlyOrFullBackupsFolderStopsTheUpgradeBeforeFlyway() throws Exception {
        if (!ReadOnlyDirectory.isRoot()) {
            return; // the read-only and full folders are real tmpfs mounts: root only (CI runs as root)
        }
        DataDirectory dir = new DataDirectory(tmp.resolve("office")).prepare();
        OldSchema.create(dir, OLD);
        List<UUID> rows = insertOutbox(dir, 2);
        Files.delete(dir.backups());
        try (ReadOnlyDirectory readOnly = ReadOnlyDirectory.create(tmp)) {
            Files.createSymbolicLink(dir.backups(), readOnly.path());
            assertThatThrownBy(() -> Database.openH2(dir, AppContext.ENTITIES))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.key()).isEqualTo("storage.backup.notWritable"));
        }
        Files.delete(dir.backups());
        try (ReadOnlyDirectory full = ReadOnlyDirectory.fullDisk(tmp)) {
            Files.createSymbolicLink(dir.backups(), full.path());
            assertThatThrownBy(() -> Database.openH2(dir, AppContext.ENTITIES))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.key()).isEqualTo("storage.backup.noSpace");
                        assertThat(e.args()[0]).isEqualTo(dir.backups());
                    });
            try (Stream<Path> files = Files.list(full.path())) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactly("filler");
            }
        }
        assertThat(OldSchema.version(dir.databaseFile())).isEqualTo(OLD);
        assertThat(outboxIds(dir.databaseFile())).containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void keepsTheNewestFiveBackups() throws Exception {
        DataDirectory dir = new DataDirectory(tmp.resolve("office")).prepare();
        OldSchema.create(dir, OLD);
        List<Path> older = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            older.add(Files.writeString(dir.backups().resolve("motcua-2025010" + i + "-080000-000Z-v" + i + "-to-v" + (i + 1) + ".zip"), "x"));
        }
        Path other = Files.writeString(dir.backups().resolve("office-copy-by-hand.zip"), "kept");
        Path made;
        try (Database db = Database.openH2(dir, AppContext.ENTITIES)) {
            made = db.upgrade().flatMap(SchemaUpgrade::backup).orElseThrow();
        }
        assertThat(DatabaseBackups.list(dir.backups())).containsExactly(made, older.get(5), older.get(4), older.get(3), older.get(2));
        assertThat(older.get(0)).doesNotExist();
        assertThat(older.get(1)).doesNotExist();
        assertThat(other).exists(); // only the automatic backups are pruned
    }

    private static List<UUID> insertOutbox(DataDirectory dir, int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = OldSchema.connect(dir.databaseFile());
             PreparedStatement st = c.prepareStatement("insert into outbox_entry (id, aggregate_type, aggregate_id, action, payload,"
                     + " created_at, state, attempts, next_attempt_at, version) values (?, 'dossier', ?, 'RECEIVE', ?, ?, 'PENDING', 0, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                Timestamp at = Timestamp.from(Instant.parse("2026-11-20T02:00:00Z"));
                st.setObject(1, id);
                st.setObject(2, UUID.randomUUID());
                st.setString(3, "{\"n\":" + i + "}");
                st.setTimestamp(4, at);
                st.setTimestamp(5, at);
                st.executeUpdate();
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<UUID> outboxIds(Path base) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = OldSchema.connect(base); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id from outbox_entry")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
