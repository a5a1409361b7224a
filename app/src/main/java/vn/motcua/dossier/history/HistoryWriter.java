package vn.motcua.dossier.history;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.motcua.calendar.PausePolicy;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.common.Text;
import vn.motcua.dossier.Lifespan;

/**
 * Writes checked history dossiers with plain JDBC batches on one connection: the dossier rows,
 * their status events, deadline-ledger rows and name keys, plus the register lines and the
 * code counters. Statements are prepared once per run; the caller commits per chunk. No
 * Hibernate entity is built: at a million lines the persistence context would cost more than
 * the inserts.
 */
final class HistoryWriter implements AutoCloseable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final String DOSSIER = "insert into dossier (id, code, agency_code, receipt_day, seq, procedure_code, "
            + "procedure_name, procedure_field, catalog_version, calendar_version, channel, applicant_type, applicant_name, "
            + "applicant_search, applicant_id_number, applicant_id_kind, applicant_birth, applicant_sex, applicant_address, "
            + "applicant_phone, applicant_email, sets_count, status, legal_time, received_at, due_at, reason, register_book, "
            + "register_line, received_by_name, created_at, version, status_changed_at, finished_at, verdict, returned_at, "
            + "returned_to, open_due_at, closed_at, span_class) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String EVENT = "insert into dossier_status_event (id, dossier_id, at, actor_name, from_status, "
            + "to_status, note) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String LEDGER = "insert into deadline_ledger (dossier_id, received_local, budget_kind, budget_amount, "
            + "budget_cutoff, pause_policy, calendar_version, due_at, events, version) values (?, ?, ?, ?, ?, ?, ?, ?, '[]', 0)";
    private static final String NAME_KEY = "insert into dossier_name_key (name_key, dossier_id) values (?, ?)";

    private final Connection c;
    private final PreparedStatement dossier;
    private final PreparedStatement event;
    private final PreparedStatement ledger;
    private final PreparedStatement nameKey;
    private final String catalogVersion;
    private final String calendarVersion;
    private final PausePolicy policy;
    private final Instant now;

    HistoryWriter(Connection c, String catalogVersion, String calendarVersion, PausePolicy policy, Instant now) throws SQLException {
        this.c = c;
        this.catalogVersion = catalogVersion;
        this.calendarVersion = calendarVersion;
        this.policy = policy;
        this.now = now;
        this.dossier = c.prepareStatement(DOSSIER);
        this.event = c.prepareStatement(EVENT);
        this.ledger = c.prepareStatement(LEDGER);
        this.nameKey = c.prepareStatement(NAME_KEY);
    }

    /** The codes among {@code codes} that the database already holds (one query per chunk). */
    Set<String> existing(Collection<String> codes) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("select code from dossier where code = any(?)")) {
            Array array = c.createArrayOf("VARCHAR", codes.toArray());
            q.setArray(1, array);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /**
     * Writes {@code dossiers} (none of which exists yet) in the caller's transaction: register
     * lines drawn from each year's counter in file order, the day counters raised past the
     * imported sequences so the desk never hands out an imported code again.
     */
    void write(List<HistoryDossier> dossiers) throws SQLException {
        Map<Integer, Integer> perYear = new TreeMap<>();
        Map<String, Integer> highestSeq = new TreeMap<>();
        for (HistoryDossier d : dossiers) {
            perYear.merge(d.receiptDay().getYear(), 1, Integer::sum);
            highestSeq.merge("code:" + d.agencyCode() + ":" + DAY.format(d.receiptDay()), d.seq(), Math::max);
        }
        Map<Integer, Long> nextLine = new TreeMap<>();
        for (Map.Entry<Integer, Integer> y : perYear.entrySet()) {
            long last = draw("register:" + y.getKey(), y.getValue());
            nextLine.put(y.getKey(), last - y.getValue() + 1);
        }
        for (Map.Entry<String, Integer> counter : highestSeq.entrySet()) {
            raise(counter.getKey(), counter.getValue());
        }
        for (HistoryDossier d : dossiers) {
            long line = nextLine.merge(d.receiptDay().getYear(), 1L, Long::sum) - 1;
            bindDossier(d, (int) line);
            dossier.addBatch();
            for (HistoryDossier.Step e : d.events()) {
                // ids from the receipt, not from the event's own time: a chunk's events then land at the
                // end of the primary-key index like their dossiers, instead of across the months their
                // stories span (each store rewrote those scattered pages); seq keeps their order
                event.setObject(1, TimeOrderedIds.at(d.receivedAt()));
                event.setObject(2, d.id());
                event.setObject(3, utc(e.at()));
                event.setString(4, e.actorName());
                if (e.from() == null) {
                    event.setNull(5, Types.INTEGER);
                } else {
                    event.setInt(5, e.from());
                }
                event.setInt(6, e.to());
                event.setString(7, e.note());
                event.addBatch();
            }
            ledger.setObject(1, d.id());
            ledger.setObject(2, d.receivedLocal());
            ledger.setString(3, d.budget().kind().name());
            ledger.setInt(4, d.budget().amount());
            ledger.setString(5, d.budget().cutoff() == null ? null : d.budget().cutoff().toString());
            ledger.setString(6, policy.name());
            ledger.setString(7, calendarVersion);
            ledger.setObject(8, utc(d.dueAt()));
            ledger.addBatch();
            for (String key : d.nameKeys()) {
                nameKey.setString(1, key);
                nameKey.setObject(2, d.id());
                nameKey.addBatch();
            }
        }
        dossier.executeBatch();
        event.executeBatch();
        ledger.executeBatch();
        nameKey.executeBatch();
    }

    private void bindDossier(HistoryDossier d, int registerLine) throws SQLException {
        ApplicantDetails a = d.applicant();
        int i = 0;
        dossier.setObject(++i, d.id());
        dossier.setString(++i, d.code());
        dossier.setString(++i, d.agencyCode());
        dossier.setObject(++i, d.receiptDay());
        dossier.setInt(++i, d.seq());
        dossier.setString(++i, d.procedureCode());
        dossier.setString(++i, d.procedureName());
        dossier.setString(++i, d.procedureField());
        dossier.setString(++i, catalogVersion);
        dossier.setString(++i, calendarVersion);
        dossier.setInt(++i, d.channel());
        dossier.setInt(++i, d.applicantType());
        dossier.setString(++i, a.fullName());
        dossier.setString(++i, Text.fold(a.fullName()));
        dossier.setString(++i, a.idNumber());
        if (a.idNumber() == null) {
            dossier.setNull(++i, Types.INTEGER);
        } else {
            dossier.setInt(++i, a.idNumber().length() == 12 ? 1 : 2);
        }
        dossier.setObject(++i, a.birthDate());
        dossier.setString(++i, a.sex() == null ? null : a.sex().name());
        dossier.setString(++i, a.address());
        dossier.setString(++i, a.phone());
        dossier.setString(++i, a.email());
        dossier.setInt(++i, d.sets());
        dossier.setInt(++i, d.status());
        dossier.setString(++i, d.legalTime());
        dossier.setObject(++i, utc(d.receivedAt()));
        dossier.setObject(++i, utc(d.dueAt()));
        dossier.setString(++i, d.reason());
        dossier.setString(++i, String.valueOf(d.receiptDay().getYear()));
        dossier.setInt(++i, registerLine);
        dossier.setString(++i, d.receivedByName());
        dossier.setObject(++i, utc(now));
        dossier.setObject(++i, utc(d.statusChangedAt()));
        dossier.setObject(++i, utc(d.finishedAt()));
        dossier.setString(++i, d.verdict());
        dossier.setObject(++i, utc(d.returnedAt()));
        dossier.setString(++i, d.returnedTo());
        dossier.setObject(++i, utc(d.openDueAt()));
        // the reports' columns, by the same rule the Dossier entity keeps them (Lifespan)
        Instant closedAt = Lifespan.closedAt(d.status(), d.finishedAt(), d.statusChangedAt(), d.receivedAt());
        dossier.setObject(++i, utc(closedAt));
        dossier.setInt(++i, Lifespan.spanClass(d.receivedAt(), closedAt));
    }

    /** Takes {@code n} numbers from a counter under its row lock; returns the last one taken. */
    private long draw(String name, int n) throws SQLException {
        long last = current(name);
        try (PreparedStatement u = c.prepareStatement("update sequence_counter set last_value = ? where name = ?")) {
            u.setLong(1, last + n);
            u.setString(2, name);
            u.executeUpdate();
        }
        return last + n;
    }

    /** Raises a day's code counter to at least {@code seq}. */
    private void raise(String name, int seq) throws SQLException {
        long last = current(name);
        if (last < seq) {
            try (PreparedStatement u = c.prepareStatement("update sequence_counter set last_value = ? where name = ?")) {
                u.setLong(1, seq);
                u.setString(2, name);
                u.executeUpdate();
            }
        }
    }

    /** The counter's value read under its row lock, creating it at 0 when missing. */
    private long current(String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select last_value from sequence_counter where name = ? for update")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement i = c.prepareStatement("insert into sequence_counter (name, last_value) values (?, 0)")) {
            i.setString(1, name);
            i.executeUpdate();
        }
        return 0;
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    /** Forgets the batches of a chunk that failed (the caller rolls the transaction back). */
    void clear() throws SQLException {
        dossier.clearBatch();
        event.clearBatch();
        ledger.clearBatch();
        nameKey.clearBatch();
    }

    @Override
    public void close() throws SQLException {
        dossier.close();
        event.close();
        ledger.close();
        nameKey.close();
    }
}
