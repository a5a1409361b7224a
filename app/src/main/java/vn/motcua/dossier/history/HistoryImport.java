package vn.motcua.dossier.history;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.calendar.PausePolicy;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.Procedure;
import vn.motcua.common.UserFacingException;
import vn.motcua.office.OfficeService;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;
import vn.motcua.storage.Database;
import vn.motcua.workcalendar.CalendarService;

/**
 * Loads an office's earlier dossiers with their whole status history from a JSON Lines file
 * ({@code dossier import}): the way an office moves its records in, and how reports are tested
 * at scale.
 *
 * <p>Each line is checked in full first ({@link HistoryChecks}); a bad line is reported with its
 * number and reason and nothing of it is written. Good lines are written in chunks of
 * {@link #CHUNK} lines, one transaction each, with JDBC batches ({@link HistoryWriter}): the
 * dossier row with what processing would have left on it (status, finish, verdict, return,
 * running due), its status events, its deadline-ledger row, its name keys and a register line.
 * A code the office already has is skipped and counted as already there, so importing the same
 * file twice changes nothing. Memory stays flat whatever the file's size: one chunk at a time.
 * For the run the database is relaxed for a bulk write ({@link Database#bulkWrite}: a write delay
 * instead of a file chunk per commit, a larger page cache), restored and forced to disk at the end.
 *
 * <p><b>No outbox entries</b>: this history is already on the provincial portal (it is where it
 * comes from); sending it back would duplicate every dossier there. One audit entry records the
 * run (not one per dossier), written when the run ends.
 */
public final class HistoryImport {
    /** Lines per transaction: big enough for the batches to pay, small enough to keep memory flat. */
    public static final int CHUNK = 1_000;
    /** Refused lines kept for the report; the rest are only counted. */
    public static final int KEPT_REFUSALS = 1_000;

    private final Database database;
    private final CatalogService catalog;
    private final CalendarService calendar;
    private final OfficeService office;
    private final AuditTrail audit;
    private final Clock clock;

    public HistoryImport(Database database, CatalogService catalog, CalendarService calendar, OfficeService office,
            AuditTrail audit, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.office = office;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports {@code file}; an administrator's task.
     *
     * @throws UserFacingException when the actor may not import, the office is not set up or the file cannot be read
     */
    public HistoryImportResult importFile(Actor actor, Path file, HistoryProgress progress) {
        actor.require(Permission.IMPORT_HISTORY);
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("history.import.noFile", file.toString());
        }
        PausePolicy policy = office.current().orElseThrow(() -> new UserFacingException("office.notInitialized")).pausePolicy();
        CatalogVersion version = catalog.current();
        Map<String, Procedure> procedures = new LinkedHashMap<>();
        version.procedures().forEach(p -> procedures.put(p.code(), p));
        WorkCalendar rules = calendar.inForce();
        Instant now = clock.instant();
        HistoryChecks checks = new HistoryChecks(procedures, rules, now, actor.username());
        Run run = new Run();
        long total;
        try {
            total = Files.size(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "history.import.noFile", file.toString());
        }
        try (HistoryChunks chunks = new HistoryChunks(file, CHUNK, checks);
             Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Database.BulkWrite relaxed = database.bulkWrite(c);
                 HistoryWriter writer = new HistoryWriter(c, version.version(), rules.version(), policy, now)) {
                HistoryChunks.Chunk chunk;
                do {
                    chunk = chunks.next();
                    chunk.refused().forEach(run::refuse);
                    store(c, writer, chunk.dossiers(), run);
                    run.lines = chunk.lastLine();
                    progress.progress(chunk.lastLine(), chunk.bytesRead(), total);
                } while (!chunk.last());
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "history.import.unreadable", file.toString(), String.valueOf(e.getMessage()));
        } catch (SQLException e) {
            throw new IllegalStateException("history import: " + e.getMessage(), e);
        }
        run.refused.sort(java.util.Comparator.comparingLong(RefusedLine::line)); // the line-by-line retries come late
        HistoryImportResult result = new HistoryImportResult(run.lines, run.imported, run.already, run.refusedCount, run.refused);
        database.sessionFactory().inTransaction(s -> audit.record(s, actor, "DOSSIER_HISTORY_IMPORT", "file", null,
                file.getFileName() + ": " + result.imported() + " imported, " + result.alreadyThere() + " already there, "
                        + result.refusedCount() + " refused"));
        database.forceToDisk();
        return result;
    }

    /** One chunk in one transaction; if the database refuses the batch, line by line, so only the culprit is refused. */
    private static void store(Connection c, HistoryWriter writer, List<HistoryDossier> chunk, Run run) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, HistoryDossier> fresh = new LinkedHashMap<>();
        for (HistoryDossier d : chunk) {
            if (fresh.putIfAbsent(d.code(), d) != null) {
                run.already++; // the same code earlier in this chunk
            }
        }
        Set<String> existing = new HashSet<>(writer.existing(fresh.keySet()));
        List<HistoryDossier> toWrite = new ArrayList<>(fresh.size());
        for (HistoryDossier d : fresh.values()) {
            if (existing.contains(d.code())) {
                run.already++;
            } else {
                toWrite.add(d);
            }
        }
        try {
            writer.write(toWrite);
            c.commit();
            run.imported += toWrite.size();
        } catch (SQLException batch) {
            writer.clear();
            c.rollback();
            for (HistoryDossier d : toWrite) {
                try {
                    writer.write(List.of(d));
                    c.commit();
                    run.imported++;
                } catch (SQLException one) {
                    writer.clear();
                    c.rollback();
                    run.refuse(d.line(), "history.line.notStored", String.valueOf(one.getMessage()));
                }
            }
        }
    }

    /** The counts of one run; refusals are kept in line order as they come. */
    private static final class Run {
        long lines;
        long imported;
        long already;
        long refusedCount;
        final List<RefusedLine> refused = new ArrayList<>();

        void refuse(RefusedLine line) {
            refusedCount++;
            if (refused.size() < KEPT_REFUSALS) {
                refused.add(line);
            }
        }

        void refuse(long line, String key, Object... args) {
            refusedCount++;
            if (refused.size() < KEPT_REFUSALS) {
                refused.add(new RefusedLine(line, key, args));
            }
        }
    }
}
