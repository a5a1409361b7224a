package vn.motcua.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.storage.DataDirectory;

/**
 * Each way a backup can be wrong fails verify and restore with its own sentence, and a failed
 * restore leaves the target as empty as it was; a non-empty target is refused untouched.
 */
class BackupDamageTest {
    @TempDir
    static Path shared;
    static Path backup;
    static BackupRecords records;

    @TempDir
    Path tmp;

    @BeforeAll
    static void oneBackup() throws Exception {
        try (AppContext context = BackupOffice.initialized(shared.resolve("office"))) {
            BackupOffice.fill(context, shared.resolve("scans"));
            backup = context.backups().create(BackupOffice.ADMIN, BackupOffice.PASSPHRASE.toCharArray(), shared.resolve("good.mcbak"),
                    BackupKind.MANUAL, 7, BackupProgress.NONE).file();
            records = context.backups().records();
        }
    }

    private Path copy(String name) throws Exception {
        return Files.copy(backup, tmp.resolve(name));
    }

    private String failureOf(Path file, String passphrase) {
        BackupVerifier verifier = new BackupVerifier(new BackupRecords(tmp.resolve("records.json")), Clock.systemUTC());
        UserFacingException verify = catchFailure(() -> verifier.verify(file, passphrase.toCharArray(), BackupProgress.NONE));
        Path target = tmp.resolve("restore-" + file.getFileName());
        UserFacingException restore = catchFailure(() -> BackupRestore.restore(file, passphrase.toCharArray(),
                new DataDirectory(target), BackupProgress.NONE));
        assertThat(restore.key()).as("restore fails as verify does").isEqualTo(verify.key());
        try {
            assertThat(BackupOffice.holdsNoFile(target)).as("a failed restore leaves the target empty").isTrue();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(new BackupRecords(tmp.resolve("records.json")).lastGood()).as("a failed verify is no good backup").isEmpty();
        return verify.key();
    }

    private static UserFacingException catchFailure(Runnable r) {
        try {
            r.run();
        } catch (UserFacingException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void theIntactFileVerifiesAndIsRecordedAsTheLastGoodBackup() {
        BackupRecords mine = new BackupRecords(tmp.resolve("records.json"));
        BackupVerifier.VerifiedBackup ok = new BackupVerifier(mine, Clock.systemUTC())
                .verify(backup, BackupOffice.PASSPHRASE.toCharArray(), BackupProgress.NONE);
        assertThat(ok.documents()).isEqualTo(3);
        assertThat(mine.lastGood().orElseThrow().file()).isEqualTo(backup);
        assertThat(mine.verifiedAt(backup)).isPresent();
    }

    @Test
    void aPassphraseTypedWithCombiningMarksIsTheSamePassphrase() {
        String decomposed = java.text.Normalizer.normalize(BackupOffice.PASSPHRASE, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(BackupOffice.PASSPHRASE);
        new BackupVerifier(new BackupRecords(tmp.resolve("records.json")), Clock.systemUTC())
                .verify(backup, decomposed.toCharArray(), BackupProgress.NONE);
    }

    @Test
    void aWrongPassphraseIsNamedAsSuch() {
        assertThat(failureOf(backup, "Mật khẩu sai 2026!!")).isEqualTo("backup.wrongPassphrase");
    }

    @Test
    void aFlippedByteAnywhereInTheContentIsDamage() throws Exception {
        long size = Files.size(backup);
        for (long at : List.of((long) BackupHeader.SIZE + 3, size / 2, size - 1)) {
            Path damaged = copy("flipped-" + at + ".mcbak");
            flip(damaged, at);
            assertThat(failureOf(damaged, BackupOffice.PASSPHRASE)).as("byte " + at).isEqualTo("backup.damaged");
        }
    }

    @Test
    void aFlippedByteInTheHeaderIsADamagedHeaderNotAWrongPassphrase() throws Exception {
        Path damaged = copy("header.mcbak");
        flip(damaged, 30); // inside the salt
        assertThat(failureOf(damaged, BackupOffice.PASSPHRASE)).isEqualTo("backup.damagedHeader");
        Path notOurs = tmp.resolve("other.mcbak");
        Files.writeString(notOurs, "PK\u0003\u0004 something else entirely");
        assertThat(failureOf(notOurs, BackupOffice.PASSPHRASE)).isEqualTo("backup.notABackup");
    }

    @Test
    void aCutFileIsTruncatedWhereverItWasCut() throws Exception {
        long size = Files.size(backup);
        for (long keep : List.of(size - 1, size / 2, (long) BackupHeader.SIZE, 40L)) {
            Path cut = copy("cut-" + keep + ".mcbak");
            try (RandomAccessFile f = new RandomAccessFile(cut.toFile(), "rw")) {
                f.setLength(keep);
            }
            assertThat(failureOf(cut, BackupOffice.PASSPHRASE)).as("cut at " + keep).isEqualTo("backup.truncated");
        }
    }

    @Test
    void aRestoreIntoAnOfficeIsRefusedAndTouchesNothing() throws Exception {
        Path office = tmp.resolve("busy");
        Files.createDirectories(office.resolve("db"));
        Path h2 = Files.writeString(office.resolve("db").resolve("motcua.mv.db"), "an office's database");
        long modified = Files.getLastModifiedTime(h2).toMillis();
        assertThatThrownBy(() -> BackupRestore.restore(backup, BackupOffice.PASSPHRASE.toCharArray(), new DataDirectory(office),
                BackupProgress.NONE)).isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("backup.targetNotEmpty");
                    assertThat(e.args()[1].toString()).isEqualTo(Path.of("db", "motcua.mv.db").toString());
                });
        assertThat(Files.readString(h2)).isEqualTo("an office's database");
        assertThat(Files.getLastModifiedTime(h2).toMillis()).isEqualTo(modified);
        try (var listing = Files.list(office)) {
            assertThat(listing.map(p -> p.getFileName().toString()).toList()).containsExactly("db");
        }
    }

    @Test
    void aRestoreIntoAPreparedButEmptyDirectoryWorks() throws Exception {
        DataDirectory prepared = new DataDirectory(tmp.resolve("prepared")).prepare(); // what the command line leaves
        BackupRestore.restore(backup, BackupOffice.PASSPHRASE.toCharArray(), prepared, BackupProgress.NONE);
        assertThat(prepared.databaseExists()).isTrue();
        assertThat(BackupOffice.documents(prepared.root())).hasSize(3);
        try (var listing = Files.list(prepared.root())) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore"));
        }
    }

    private static void flip(Path file, long at) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x01);
        }
    }
}
