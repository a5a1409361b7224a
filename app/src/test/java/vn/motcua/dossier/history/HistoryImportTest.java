package vn.motcua.dossier.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.NameKeys;
import vn.motcua.dossier.StatusEvent;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;

/** {@link HistoryImport} on a generated file with broken lines of every kind, on a real H2 office. */
class HistoryImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Map<HistoryGenerator.Bad, String> REASON = Map.of(
            HistoryGenerator.Bad.NOT_JSON, "history.line.notJson",
            HistoryGenerator.Bad.CODE_FORMAT, "history.code.format",
            HistoryGenerator.Bad.CODE_DAY, "history.code.day",
            HistoryGenerator.Bad.UNKNOWN_PROCEDURE, "history.procedure.unknown",
            HistoryGenerator.Bad.ID_NUMBER, "citizen.id.length",
            HistoryGenerator.Bad.TRANSITION, "history.event.notAllowed",
            HistoryGenerator.Bad.EVENT_ORDER, "history.event.order",
            HistoryGenerator.Bad.DUE_BEFORE_RECEIVED, "history.dueBeforeReceived",
            HistoryGenerator.Bad.NO_APPLICANT, "history.line.missing");

    @TempDir
    Path tmp;
    AppContext context;
    HistoryGenerator.Written file;

    @BeforeEach
    void generate() throws Exception {
        context = HistoryOffice.open(tmp.resolve("data"), HistoryOffice.NOW);
        file = new HistoryGenerator(20260318L, HistoryOffice.NOW).write(tmp.resolve("history.jsonl"), 450, 2, 25);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private HistoryImportResult importFile() {
        return context.historyImport().importFile(Actor.SYSTEM, file.file(), HistoryProgress.NONE);
    }

    @Test
    void everyKindOfBadLineIsReportedWithItsNumberAndNothingOfItIsWritten() throws Exception {
        assertThat(file.bad().values()).containsAll(List.of(HistoryGenerator.Bad.values()));
        HistoryImportResult result = importFile();

        assertThat(result.lines()).isEqualTo(450);
        assertThat(result.refusedCount()).isEqualTo(file.bad().size());
        assertThat(result.imported()).isEqualTo(file.good());
        Map<Long, String> reported = new LinkedHashMap<>();
        result.refused().forEach(r -> reported.put(r.line(), r.key()));
        Map<Long, String> expected = new LinkedHashMap<>();
        file.bad().forEach((line, kind) -> expected.put(line, REASON.get(kind)));
        assertThat(reported).containsExactlyEntriesOf(expected);
        result.refused().forEach(r -> assertThat(r.reason(vn.motcua.common.Messages.of(vn.motcua.common.Language.VI)))
                .doesNotStartWith("!"));
        // the bad lines that still carry a readable code: no row of them exists
        List<String> lines = Files.readAllLines(file.file(), StandardCharsets.UTF_8);
        for (Map.Entry<Long, HistoryGenerator.Bad> bad : file.bad().entrySet()) {
            if (bad.getValue() == HistoryGenerator.Bad.NOT_JSON) {
                continue;
            }
            String code = JSON.readTree(lines.get((int) (bad.getKey() - 1))).path("code").asText();
            assertThat(count("select count(*) from dossier where code = '" + code + "'")).as(bad.getValue().name()).isZero();
        }
    }

    @Test
    void goodLinesAreAllThereWithTheirEventsLedgerNameKeysAndRegisterLines() throws Exception {
        importFile();
        long events = 0;
        long keys = 0;
        List<String> lines = Files.readAllLines(file.file(), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (file.bad().containsKey((long) i + 1)) {
                continue;
            }
            JsonNode line = JSON.readTree(lines.get(i));
            events += line.get("events").size() + 1; // the receipt (accepted) comes first
            keys += NameKeys.of(line.get("applicant").get("fullName").asText()).size();
        }
        assertThat(count("select count(*) from dossier")).isEqualTo(file.good());
        assertThat(count("select count(*) from dossier_status_event")).isEqualTo(events);
        assertThat(count("select count(*) from deadline_ledger")).isEqualTo(file.good());
        assertThat(count("select count(*) from dossier_name_key")).isEqualTo(keys);
        assertThat(count("select count(*) from outbox_entry")).as("history is already on the portal").isZero();
        // register lines: 1..n within each year, no gaps, no repeats
        assertThat(count("select count(*) from (select register_book from dossier group by register_book "
                + "having min(register_line) <> 1 or max(register_line) <> count(*) or count(distinct register_line) <> count(*)) x"))
                .isZero();
        assertThat(count("select count(*) from audit_entry where action = 'DOSSIER_HISTORY_IMPORT'")).isEqualTo(1);

        // the story of every fifth good line as the file tells it (story() replays the ledger: not cheap)
        for (int i = 0; i < lines.size(); i += 5) {
            if (file.bad().containsKey((long) i + 1)) {
                continue;
            }
            JsonNode line = JSON.readTree(lines.get(i));
            var story = context.dossierQuery().story(line.get("code").asText());
            List<Integer> statuses = new ArrayList<>(List.of(2));
            line.get("events").forEach(e -> statuses.add(e.get("status").asInt()));
            assertThat(story.events().stream().map(e -> e.to().code()).toList()).isEqualTo(statuses);
            assertThat(story.dossier().status().code()).isEqualTo(statuses.get(statuses.size() - 1));
            assertThat(story.dossier().applicant().fullName()).isEqualTo(line.get("applicant").get("fullName").asText());
            assertThat(story.dossier().receivedAt()).isEqualTo(HistoryChecks.time(line.get("receivedAt").asText(), "receivedAt"));
            assertThat(story.ledger()).isPresent();
            assertThat(story.ledger().get().explanations()).isNotEmpty();
            if (story.dossier().status() == DossierStatus.RETURNED) {
                StatusEvent ready = story.events().stream().filter(e -> e.to() == DossierStatus.RESULT_READY).reduce((a, b) -> b).orElseThrow();
                assertThat(story.dossier().finishedAt()).isEqualTo(ready.at());
                assertThat(story.dossier().verdict()).contains(HistoryChecks.verdict(story.dossier().dueAt(), ready.at()));
                assertThat(story.dossier().returnedAt()).isEqualTo(story.events().get(story.events().size() - 1).at());
                assertThat(story.dossier().returnedTo()).isEqualTo(story.dossier().applicant().fullName());
            }
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        HistoryImportResult first = importFile();
        Map<String, String> before = hashes();
        HistoryImportResult again = importFile();

        assertThat(again.imported()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(first.imported());
        assertThat(again.refusedCount()).isEqualTo(first.refusedCount());
        assertThat(hashes()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorImports() {
        Actor clerk = new Actor(null, "thu", "Lê Thị Thu", java.util.Set.of(Role.CLERK));
        assertThatThrownBy(() -> context.historyImport().importFile(clerk, file.file(), HistoryProgress.NONE))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("security.forbidden");
        assertThat(count("select count(*) from dossier")).isZero();
    }

    @Test
    void progressReachesTheWholeFile() throws Exception {
        List<long[]> calls = new ArrayList<>();
        context.historyImport().importFile(Actor.SYSTEM, file.file(), (lines, read, total) -> calls.add(new long[] {lines, read, total}));
        long size = Files.size(file.file());
        assertThat(calls).isNotEmpty();
        long[] last = calls.get(calls.size() - 1);
        assertThat(last).containsExactly(450, size, size);
    }

    /** Row count and a SHA-256 over every row, per table the import writes. */
    private Map<String, String> hashes() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        String[][] tables = {{"dossier", "code"}, {"dossier_status_event", "seq"}, {"deadline_ledger", "dossier_id"},
                {"dossier_name_key", "name_key, dossier_id"}, {"sequence_counter", "name"}};
        try (Connection c = context.database().dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String[] t : tables) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet rs = st.executeQuery("select * from " + t[0] + " order by " + t[1])) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= cols; i++) {
                            sha.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                    }
                }
                out.put(t[0], rows + " " + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return out;
    }

    long count(String sql) {
        return HistorySql.count(context, sql);
    }
}
