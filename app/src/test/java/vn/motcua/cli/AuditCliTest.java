package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;
import vn.motcua.testing.TestOffice;

/**
 * {@code audit list} and {@code audit export}: what the command line itself did (show, print,
 * list --json) appears with its user; filters narrow; a clerk named with --by is refused; the
 * export writes the CSV and is itself in the trail.
 */
class AuditCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path data;
    String code;

    @BeforeEach
    void office() {
        data = tmp.resolve("data");
        try (AppContext context = TestOffice.initialized(data)) {
            context.users().add(Actor.SYSTEM, new NewUser("lan", "Phạm Thị Lan", "mat-khau-9".toCharArray(), Set.of(Role.CLERK)));
            context.users().add(Actor.SYSTEM, new NewUser("hung", "Đỗ Văn Hùng", "mat-khau-9".toCharArray(), Set.of(Role.CHAIR)));
            code = context.intake().receive(context.users().actingAs("lan"), Intakes.accept(context, Intakes.RESIDENCE)).code();
        }
    }

    @Test
    void listShowsWhatTheCommandLineDidAndFiltersNarrowIt() throws Exception {
        assertThat(CliRun.in(data, "dossier", "show", code, "--by", "lan").exit()).isZero();
        CliRun printed = CliRun.in(data, "forms", "render", "01", code, "--out", tmp.resolve("bien-nhan.pdf").toString(), "--by", "lan");
        assertThat(printed.exit()).as(printed.err()).isZero();
        CliRun listed = CliRun.in(data, "--json", "dossier", "list", "--by", "hung");
        assertThat(listed.exit()).as(listed.err()).isZero();

        CliRun all = CliRun.in(data, "--json", "audit", "list", "--by", "hung");
        assertThat(all.exit()).as(all.err()).isZero();
        JsonNode doc = JSON.readTree(all.out());
        List<String> actions = doc.get("entries").findValuesAsText("action");
        assertThat(actions).contains("DOSSIER_RECEIVE", "DOSSIER_VIEW", "FORM_PRINT", "DOSSIER_EXPORT");
        assertThat(actions.get(0)).isEqualTo("DOSSIER_EXPORT"); // newest first
        assertThat(doc.get("total").asLong()).isEqualTo(actions.size());

        JsonNode views = JSON.readTree(CliRun.in(data, "--json", "audit", "list", "--action", "dossier_view", "--user", "lan").out());
        assertThat(views.get("total").asLong()).isEqualTo(1);
        JsonNode view = views.get("entries").get(0);
        assertThat(view.get("user").asText()).isEqualTo("lan");
        assertThat(view.get("subject").asText()).isEqualTo(code);
        assertThat(view.get("subjectType").asText()).isEqualTo("dossier");

        JsonNode limited = JSON.readTree(CliRun.in(data, "--json", "audit", "list", "--subject", code, "--limit", "2").out());
        assertThat(limited.get("entries")).hasSize(2);
        assertThat(limited.get("total").asLong()).isEqualTo(3); // received, viewed, printed

        CliRun human = CliRun.in(data, "audit", "list", "--user", "lan", "--from", "2020-01-01");
        assertThat(human.exit()).as(human.err()).isZero();
        assertThat(human.out()).contains("Xem hồ sơ").contains("In biểu mẫu").contains("Tiếp nhận hồ sơ").contains(code)
                .contains("3 trong 3");
        CliRun none = CliRun.in(data, "audit", "list", "--to", "2020-01-01");
        assertThat(none.out()).contains("0 trong 0");
    }

    @Test
    void aClerkIsRefusedAndABadRangeIsAUserError() {
        CliRun clerk = CliRun.in(data, "audit", "list", "--by", "lan");
        assertThat(clerk.exit()).isEqualTo(1);
        assertThat(clerk.err()).contains("xem và xuất nhật ký").contains("Lãnh đạo, Quản trị");
        CliRun reversed = CliRun.in(data, "audit", "list", "--from", "2026-11-05", "--to", "2026-11-01");
        assertThat(reversed.exit()).isEqualTo(1);
        assertThat(reversed.err()).contains("2026-11-01").contains("2026-11-05");
        assertThat(CliRun.in(data, "audit", "list", "--bogus").exit()).isEqualTo(2);
    }

    @Test
    void exportWritesTheFilterAsCsvAndIsAudited() throws Exception {
        Path out = tmp.resolve("nhat-ky.csv");
        CliRun exported = CliRun.in(data, "--json", "audit", "export", "--out", out.toString(), "--user", "lan");
        assertThat(exported.exit()).as(exported.err()).isZero();
        JsonNode r = JSON.readTree(exported.out());
        assertThat(r.get("entries").asLong()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",lan,DOSSIER_RECEIVE,dossier,").contains(code);
        CliRun human = CliRun.in(data, "audit", "export", "--out", tmp.resolve("tat-ca.csv").toString(), "--action", "AUDIT_EXPORT");
        assertThat(human.out()).contains("Đã xuất 1 dòng nhật ký");
        JsonNode trail = JSON.readTree(CliRun.in(data, "--json", "audit", "list", "--action", "AUDIT_EXPORT").out());
        assertThat(trail.get("total").asLong()).isEqualTo(2);
        assertThat(trail.get("entries").get(1).get("user").asText()).isEqualTo("cli");
        assertThat(trail.get("entries").get(1).get("detail").asText()).contains("user=lan").contains("nhat-ky.csv");
    }
}
