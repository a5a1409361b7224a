package vn.motcua.doctor;

import java.awt.Font;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.time.Clock;
import vn.motcua.backup.BackupService;
import vn.motcua.common.UserFacingException;
import vn.motcua.doctor.Check.Status;
import vn.motcua.dossier.ReceiptJournal;
import vn.motcua.encryption.OfficeKeys;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.Database;
import vn.motcua.storage.DatabaseBackups;
import vn.motcua.storage.H2Encryption;
import vn.motcua.storage.SettingsStore;

/**
 * Looks the installation over (data directory, database, schema, disk, fonts, memory,
 * settings) and reports each finding, so an administrator on the phone can read it out.
 * Failures are findings, not exceptions: the doctor must work when the desk does not.
 */
public final class DoctorService {
    static final String PRINT_FONT = "/liberation/LiberationSerif-Regular.ttf";
    private static final String VIETNAMESE_SAMPLE = "Đặng Thị Ửng – Hồ sơ đã tiếp nhận";
    private static final long LOW_DISK = 500L * 1024 * 1024;

    private final DataDirectory dir;
    private final Supplier<Database> database;
    private final Clock clock;

    public DoctorService(DataDirectory dir, Supplier<Database> database) {
        this(dir, database, Clock.systemUTC());
    }

    /** As above, judging the age of the last good backup by {@code clock}. */
    public DoctorService(DataDirectory dir, Supplier<Database> database, Clock clock) {
        this.dir = dir;
        this.database = database;
        this.clock = clock;
    }

    /** Every check; {@code message} renders the details of expected failures. */
    public List<Check> run(java.util.function.Function<UserFacingException, String> message) {
        List<Check> checks = new ArrayList<>();
        boolean dirOk = check(checks, "dataDirectory", message, () -> {
            dir.prepare();
            return dir.root().toString();
        });
        checks.add(disk());
        if (dirOk) {
            databaseChecks(checks, message);
            checks.add(BackupCheck.of(BackupService.records(dir).lastGood(), clock.instant()));
            check(checks, "settings", message, () -> {
                new SettingsStore(dir.settingsFile()).load();
                return dir.settingsFile().toString();
            });
        }
        checks.add(printFont());
        checks.add(screenFont());
        checks.add(memory());
        return checks;
    }

    private void databaseChecks(List<Check> checks, java.util.function.Function<UserFacingException, String> message) {
        try (Database db = database.get()) {
            checks.add(new Check("database", Status.OK, db.location()));
            // after an upgrade the administrator on the phone wants to know where the old data is
            checks.add(new Check("schemaVersion", Status.OK, db.schemaVersion()
                    + DatabaseBackups.latest(dir).map(b -> "; latest backup " + b).orElse("")));
            checks.add(receipts(db));
            checks.add(EncryptionCheck.of(OfficeKeys.of(dir.root()).status(), "h2".equals(db.vendor()),
                    H2Encryption.fileEncrypted(dir)));
        } catch (UserFacingException e) {
            checks.add(new Check("database", Status.FAIL, message.apply(e)));
        }
    }

    /** Every receipt this desk printed must still be in its database (see {@link ReceiptJournal}). */
    private Check receipts(Database db) {
        ReceiptJournal journal = new ReceiptJournal(dir.receiptJournal());
        List<String> lost = db.sessionFactory().fromTransaction(s -> journal.missing(s)).stream().map(ReceiptJournal.Entry::code).toList();
        return lost.isEmpty() ? new Check("receipts", Status.OK, journal.entries().size() + " recent receipts all in the database")
                : new Check("receipts", Status.FAIL, "printed but missing from the database: " + String.join(", ", lost)
                        + "; their numbers are kept out of use: restore these dossiers from the portal or a backup");
    }

    private static boolean check(List<Check> checks, String name,
                                 java.util.function.Function<UserFacingException, String> message,
                                 Supplier<String> body) {
        try {
            checks.add(new Check(name, Status.OK, body.get()));
            return true;
        } catch (UserFacingException e) {
            checks.add(new Check(name, Status.FAIL, message.apply(e)));
            return false;
        }
    }

    private Check disk() {
        long free = dir.freeBytes();
        if (free < 0) {
            return new Check("diskSpace", Status.WARN, "unknown");
        }
        long mb = free / (1024 * 1024);
        Status status = free < 50L * 1024 * 1024 ? Status.FAIL : free < LOW_DISK ? Status.WARN : Status.OK;
        return new Check("diskSpace", status, mb + " MB");
    }

    private static Check printFont() {
        try (InputStream in = DoctorService.class.getResourceAsStream(PRINT_FONT)) {
            if (in == null) {
                return new Check("printFont", Status.FAIL, "Liberation Serif missing from the installation");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            int bad = font.canDisplayUpTo(VIETNAMESE_SAMPLE);
            return bad < 0 ? new Check("printFont", Status.OK, font.getFontName())
                    : new Check("printFont", Status.FAIL, font.getFontName() + " lacks Vietnamese glyphs");
        } catch (Exception e) {
            return new Check("printFont", Status.FAIL, e.getMessage());
        }
    }

    /** Screen text: a font on this machine must draw Vietnamese marks, or the clerk sees boxes. */
    private static Check screenFont() {
        try {
            Font sans = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            int bad = sans.canDisplayUpTo(VIETNAMESE_SAMPLE);
            return bad < 0 ? new Check("screenFont", Status.OK, sans.getFontName())
                    : new Check("screenFont", Status.WARN, "no system font draws Vietnamese; install DejaVu or Noto");
        } catch (Throwable e) {
            return new Check("screenFont", Status.WARN, e.getMessage());
        }
    }

    private static Check memory() {
        Runtime rt = Runtime.getRuntime();
        long maxMb = rt.maxMemory() / (1024 * 1024);
        long freeMb = (rt.maxMemory() - rt.totalMemory() + rt.freeMemory()) / (1024 * 1024);
        return new Check("memory", maxMb < 256 ? Status.WARN : Status.OK, freeMb + " MB free of " + maxMb + " MB");
    }
}
