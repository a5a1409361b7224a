package vn.motcua.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.Bytes;
import vn.motcua.testing.TestOffice;

/** Backup → wipe → restore into an empty directory: the same office, row for row and byte for byte. */
class BackupRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void aRestoredOfficeHoldsEveryDossierEventAndDocumentOfTheBackup() throws Exception {
        Path office = tmp.resolve("office");
        Path backup = tmp.resolve("usb").resolve("office.mcbak");
        Map<String, List<String>> before;
        Map<String, String> documentsBefore;
        List<String> codes;
        List<long[]> progress = new ArrayList<>();
        try (AppContext context = BackupOffice.initialized(office)) {
            codes = BackupOffice.fill(context, tmp.resolve("scans"));
            before = BackupOffice.tables(context);
            documentsBefore = BackupOffice.documents(office);
            BackupService.CreatedBackup created = context.backups().create(BackupOffice.ADMIN,
                    BackupOffice.PASSPHRASE.toCharArray(), backup, BackupKind.MANUAL, 7, (done, total) -> progress.add(new long[] {done, total}));
            assertThat(created.file()).isEqualTo(backup);
            assertThat(created.documents()).isEqualTo(3);
            assertThat(created.bytes()).isEqualTo(Files.size(backup));
            assertThat(context.audit().latest(context.database().sessionFactory().openSession(), 1).get(0).action())
                    .isEqualTo("BACKUP_CREATE");
        }
        assertThat(documentsBefore).hasSize(3);
        assertThat(before.get("DOSSIER_DOCUMENT")).hasSize(3);
        assertThat(before.get("DOSSIER")).hasSize(3);
        assertThat(before.get("DOSSIER_STATUS_EVENT").size()).isGreaterThan(3);
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(progress.get(progress.size() - 1)[1]);

        // the PC dies: its data directory is gone
        BackupRestore.deleteTree(office);
        Path fresh = tmp.resolve("new-pc");
        BackupRestore.RestoredBackup restored = BackupRestore.restore(backup, BackupOffice.PASSPHRASE.toCharArray(),
                new DataDirectory(fresh), BackupProgress.NONE);
        assertThat(restored.documents()).isEqualTo(3);
        assertThat(BackupOffice.documents(fresh)).isEqualTo(documentsBefore);
        try (AppContext context = TestOffice.open(fresh)) {
            assertThat(BackupOffice.tables(context)).isEqualTo(before);
            for (String code : codes) {
                assertThat(context.dossiers().byCode(code)).isPresent();
            }
            assertThat(context.documents().verify().missing()).isEmpty();
            assertThat(context.documents().verify().altered()).isEmpty();
        }
    }

    @Test
    void theBackupFileHoldsNoApplicantNameOrIdNumberInClear() throws Exception {
        Path office = tmp.resolve("office");
        Path backup;
        try (AppContext context = BackupOffice.initialized(office)) {
            BackupOffice.fill(context, tmp.resolve("scans"));
            backup = context.backups().create(BackupOffice.ADMIN, BackupOffice.PASSPHRASE.toCharArray(), null,
                    BackupKind.MANUAL, 7, BackupProgress.NONE).file();
        }
        assertThat(backup.getParent()).isEqualTo(new DataDirectory(office).backups());
        assertThat(backup.getFileName().toString()).matches("motcua-\\d{8}-\\d{6}\\.mcbak");
        byte[] raw = Files.readAllBytes(backup);
        // the database holds them (read through H2: proves the searches below look for what is there),
        // and its file, encrypted at rest, does not show them either
        try (var c = vn.motcua.testing.H2Login.connect(office.resolve("db").resolve("motcua"), "");
             var rs = c.createStatement().executeQuery("script simple")) {
            StringBuilder dump = new StringBuilder();
            while (rs.next()) {
                dump.append(rs.getString(1)).append('\n');
            }
            assertThat(dump).contains(BackupOffice.ID_NUMBER);
        }
        byte[] h2 = Files.readAllBytes(office.resolve("db").resolve("motcua.mv.db"));
        assertThat(Bytes.indexOf(h2, BackupOffice.ID_NUMBER.getBytes(StandardCharsets.UTF_8))).isNegative();
        for (String secret : List.of(BackupOffice.NAME, BackupOffice.ID_NUMBER, "Nguyen Van An")) {
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                assertThat(Bytes.indexOf(raw, secret.getBytes(charset))).as(secret + " in " + charset).isNegative();
            }
        }
        assertThat(Bytes.indexOf(raw, "%PDF".getBytes(StandardCharsets.US_ASCII))).as("documents are sealed too").isNegative();
    }

}
