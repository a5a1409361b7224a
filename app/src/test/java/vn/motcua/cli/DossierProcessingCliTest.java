package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.testing.TestOffice;

/** {@code dossier transition | supplement | extend | list | show | rate}: the processing contract of the command line. */
class DossierProcessingCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    String code;

    @BeforeEach
    void dossier() {
        try (AppContext context = TestOffice.initialized(data)) {
            var clerk = Processing.staff(context)[0];
            code = Processing.receive(context, clerk);
        }
    }

    private JsonNode ok(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "--json";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun r = CliRun.in(data, all);
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void aDossierTravelsFromTheDeskToTheCitizenOnTheCommandLine() throws Exception {
        JsonNode handed = ok("dossier", "transition", code, "--to", "4", "--to-user", "lan", "--to-unit", "Tư pháp - Hộ tịch",
                "--step-days", "2", "--note", "Thẩm định", "--by", "thu");
        assertThat(handed.get("status").asInt()).isEqualTo(4);
        assertThat(handed.get("handler").asText()).isEqualTo("Phạm Ngọc Lan");
        ok("dossier", "supplement", code, "--request", "Bổ sung giấy xác nhận nơi ở", "--by", "lan");
        JsonNode waiting = ok("dossier", "list", "--status", "5");
        assertThat(waiting.get("dossiers")).hasSize(1);
        assertThat(waiting.get("dossiers").get(0).get("deadline").asText()).isEqualTo("PAUSED");
        ok("dossier", "supplement", code, "--received");
        JsonNode extended = ok("dossier", "extend", code, "--working-days", "2", "--reason", "Cần xác minh");
        ok("dossier", "transition", code, "--to", "9", "--by", "hung");
        ok("dossier", "transition", code, "--to", "10", "--received-by", "Nguyễn Văn An");
        ok("dossier", "rate", code, "--level", "1");

        JsonNode show = ok("dossier", "show", code);
        assertThat(show.get("code").asText()).isEqualTo(code);
        assertThat(show.get("status").asInt()).isEqualTo(10);
        assertThat(show.get("dueAt").asText()).isEqualTo(extended.get("dueAt").asText());
        assertThat(show.get("events")).extracting(e -> e.get("to").asInt()).containsExactly(2, 4, 5, 4, 4, 9, 10);
        assertThat(show.get("events").get(1).get("toUser").asText()).isEqualTo("Phạm Ngọc Lan");
        assertThat(show.get("steps").get(0).get("unit").asText()).isEqualTo("Tư pháp - Hộ tịch");
        assertThat(show.get("supplements").get(0).get("NoiDungBoSung").asText()).isEqualTo("Bổ sung giấy xác nhận nơi ở");
        assertThat(show.get("supplements").get(0).get("NgayHenTraMoi").isNull()).isFalse();
        assertThat(show.get("extensions").get(0).get("letterNumber").asText()).endsWith("/VBXL-" + show.get("receivedAt").asText().substring(0, 4));
        assertThat(show.get("ledger").get("explanation")).hasSize(4);
        assertThat(show.get("ledger").get("explanation").get(3).asText()).contains("Cần xác minh");
        assertThat(show.get("documents").isArray()).isTrue();
        assertThat(show.get("syncState").asText()).isEqualTo("QUEUED");
        assertThat(show.get("syncHistory")).extracting(e -> e.get("action").asText()).containsExactly("RECEIVE", "HAND_OVER",
                "SUPPLEMENT_REQUEST", "SUPPLEMENT_RECEIVED", "EXTEND", "RESULT_READY", "RETURN", "RATE");
        assertThat(show.get("rating").get("level").asInt()).isEqualTo(1);
        assertThat(show.get("returnedTo").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(show.get("forms")).extracting(JsonNode::asText).contains("01", "02", "04", "06");
    }

    @Test
    void refusedMovesExitOneWithASentence() {
        CliRun ret = CliRun.in(data, "dossier", "transition", code, "--to", "10");
        assertThat(ret.exit()).isEqualTo(1);
        assertThat(ret.err()).contains(code).contains("Đã có kết quả");
        CliRun bad = CliRun.in(data, "dossier", "transition", code, "--to", "11");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("11");
        CliRun noReason = CliRun.in(data, "dossier", "transition", code, "--to", "3");
        assertThat(noReason.exit()).isEqualTo(1);
        assertThat(noReason.err()).contains("lý do");
        CliRun both = CliRun.in(data, "dossier", "supplement", code, "--request", "x", "--received");
        assertThat(both.exit()).isEqualTo(2);
        CliRun unknown = CliRun.in(data, "dossier", "show", "000.00.06.H56-991231-9999");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("000.00.06.H56-991231-9999");
    }

    @Test
    void theListSearchesFoldedNamesAndDueWindows() throws Exception {
        JsonNode found = ok("dossier", "list", "--search", "nguyen van an");
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("dossiers").get(0).get("applicant").asText()).isEqualTo(Intakes.applicant().fullName());
        assertThat(ok("dossier", "list", "--search", "tran thi").get("total").asInt()).isZero();
        assertThat(ok("dossier", "list", "--overdue").get("total").asInt()).isZero();
        assertThat(ok("dossier", "list", "--due-within", "30").get("dossiers")).extracting(d -> d.get("code").asText()).containsExactly(code);
        CliRun human = CliRun.in(data, "dossier", "list");
        assertThat(human.out()).contains(code).contains("Trong hạn").contains("Hiển thị 1 trên 1 hồ sơ.");
    }
}
