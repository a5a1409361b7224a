package vn.motcua.dossier.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.calendar.Verdict;
import vn.motcua.dossier.DeadlineState;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierRow;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;

/**
 * Hand-written history lines whose outcome is known: what the dossier row says after the
 * import (status, finish, verdict, return, running due), where the list shows it, how the
 * desk's own numbering continues after imported codes. The office's clock stands at
 * Wednesday 18 March 2026, 10:00.
 */
class HistoryStoriesTest {
    private static final String A = "000.00.06.H56";

    @TempDir
    Path tmp;
    AppContext context;

    @BeforeEach
    void open() {
        context = HistoryOffice.open(tmp.resolve("data"), HistoryOffice.NOW);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private HistoryImportResult load(String... lines) throws Exception {
        Path f = tmp.resolve("h.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return context.historyImport().importFile(Actor.SYSTEM, f, HistoryProgress.NONE);
    }

    private static String line(String code, String received, String due, String name, String events) {
        return ("{\"code\":\"%s\",\"procedure\":\"1.004222\",\"channel\":1,\"receivedAt\":\"%s\",\"dueAt\":\"%s\","
                + "\"applicant\":{\"fullName\":\"%s\",\"idNumber\":\"036192004321\",\"birthDate\":\"1992-02-03\",\"sex\":\"Nữ\"},"
                + "\"events\":[%s]}").formatted(code, received, due, name, events);
    }

    private static String ev(int status, String at) {
        return "{\"status\":%d,\"at\":\"%s\"}".formatted(status, at);
    }

    @Test
    void derivedColumnsFollowTheProcessingRules() throws Exception {
        HistoryImportResult r = load(
                // returned, ready two days late
                line(A + "-260302-0001", "2026-03-02T08:00:00", "2026-03-11T08:00:00", "Đặng Thị Hồng",
                        ev(4, "2026-03-02T09:00:00") + "," + ev(9, "2026-03-13T10:00:00") + ","
                                + "{\"status\":10,\"at\":\"2026-03-16T08:00:00\",\"receivedBy\":\"Đặng Văn Nam\"}"),
                // still with the specialist, due yesterday: overdue
                line(A + "-260303-0001", "2026-03-03T08:00:00", "2026-03-17T08:00:00", "Trần Thị Hồng Nhung", ev(4, "2026-03-03T09:00:00")),
                // waiting for a supplement
                line(A + "-260304-0001", "2026-03-04T08:00:00", "2026-03-20T08:00:00", "Lê Văn Hồng",
                        ev(4, "2026-03-04T09:00:00") + "," + ev(5, "2026-03-05T09:00:00")),
                // refused at the counter: never processed
                line(A + "-260305-0001", "2026-03-05T08:00:00", "2026-03-20T08:00:00", "Phạm Minh Anh",
                        "{\"status\":3,\"at\":\"2026-03-05T08:00:00\",\"note\":\"Không thuộc thẩm quyền\"}"),
                // due tomorrow, in process
                line(A + "-260306-0001", "2026-03-06T08:00:00", "2026-03-19T08:00:00", "Võ Thị Hồng", ev(4, "2026-03-06T09:00:00")));
        assertThat(r.refused()).isEmpty();
        assertThat(r.imported()).isEqualTo(5);

        var returned = context.dossierQuery().story(A + "-260302-0001").dossier();
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.verdict()).contains(Verdict.LATE);
        assertThat(returned.finishedAt()).isEqualTo(HistoryChecks.time("2026-03-13T10:00:00", "t"));
        assertThat(returned.returnedTo()).isEqualTo("Đặng Văn Nam");
        var refused = context.dossierQuery().story(A + "-260305-0001");
        assertThat(refused.dossier().status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(refused.dossier().finishedAt()).isNull();
        assertThat(refused.dossier().reason()).isEqualTo("Không thuộc thẩm quyền");
        assertThat(refused.events()).hasSize(1);
        assertThat(refused.events().get(0).from()).isNull();

        var query = context.dossierQuery();
        assertThat(codes(query.page(DossierFilter.tab(DossierFilter.Tab.OVERDUE), 0, 50).rows())).containsExactly(A + "-260303-0001");
        assertThat(codes(query.page(DossierFilter.tab(DossierFilter.Tab.WAITING), 0, 50).rows())).containsExactly(A + "-260304-0001");
        List<DossierRow> soon = query.page(DossierFilter.tab(DossierFilter.Tab.DUE_SOON), 0, 50).rows();
        assertThat(codes(soon)).containsExactly(A + "-260306-0001");
        assertThat(soon.get(0).deadline()).isEqualTo(DeadlineState.DUE_SOON);
        var counts = query.counts(null);
        assertThat(counts.get(DossierFilter.Tab.ALL)).isEqualTo(5);
        assertThat(counts.get(DossierFilter.Tab.OVERDUE)).isEqualTo(1);

        // folded name search: the start of the name or of any later word
        DossierFilter all = DossierFilter.tab(DossierFilter.Tab.ALL);
        assertThat(codes(query.page(all.withSearch("dang thi hong"), 0, 50).rows())).containsExactly(A + "-260302-0001");
        assertThat(codes(query.page(all.withSearch("thi hong"), 0, 50).rows()))
                .containsExactlyInAnyOrder(A + "-260302-0001", A + "-260303-0001", A + "-260306-0001");
        assertThat(query.page(all.withSearch("hong"), 0, 50).total()).isEqualTo(4);
        assertThat(query.page(all.withSearch("036192004321"), 0, 50).total()).isEqualTo(5);
    }

    @Test
    void anOnlineStoryOpensWithItsOwnEventsAndAnOldProcedureComesWithItsName() throws Exception {
        HistoryImportResult r = load(
                ("{\"code\":\"%s-260210-0007\",\"procedure\":{\"code\":\"1.999001\",\"name\":\"Thủ tục cũ đã bãi bỏ\"},\"channel\":\"online\","
                        + "\"receivedAt\":\"2026-02-10T08:00:00\",\"dueAt\":\"2026-02-13T08:00:00\","
                        + "\"applicant\":{\"fullName\":\"Ngô Quốc Bảo\"},\"events\":[%s,%s,%s,%s]}").formatted(A,
                        ev(1, "2026-02-10T08:00:00"), ev(2, "2026-02-10T09:00:00"), ev(9, "2026-02-12T09:00:00"),
                        ev(10, "2026-02-12T10:00:00")));
        assertThat(r.refused()).isEmpty();
        var story = context.dossierQuery().story(A + "-260210-0007");
        assertThat(story.events().stream().map(e -> e.to().code()).toList()).containsExactly(1, 2, 9, 10);
        assertThat(story.dossier().procedureName()).isEqualTo("Thủ tục cũ đã bãi bỏ");
        assertThat(story.dossier().verdict()).contains(Verdict.EARLY);
        assertThat(story.ledger().orElseThrow().budget().amount()).isEqualTo(3);
    }

    @Test
    void aCodeRepeatedInTheFileIsAlreadyThereAndTheDeskNumbersOnAfterImportedCodes() throws Exception {
        String today = line(A + "-260318-0005", "2026-03-18T08:00:00", "2026-03-27T08:00:00", "Bùi Văn Cường", ev(4, "2026-03-18T08:30:00"));
        HistoryImportResult r = load(today, today);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.alreadyThere()).isEqualTo(1);
        // the desk's next receipt today must not reuse 0005
        String next = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        assertThat(next).isEqualTo(A + "-260318-0006");
        assertThat(context.dossierQuery().story(next).dossier().registerLine()).isEqualTo(2);
    }

    private static List<String> codes(List<DossierRow> rows) {
        return rows.stream().map(DossierRow::code).toList();
    }
}
