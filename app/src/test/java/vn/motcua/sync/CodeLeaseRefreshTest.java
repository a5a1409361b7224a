package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.CodeLeases;
import vn.motcua.office.Numbering;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.TestOffice;

/** Leased numbering against the real sandbox portal: the desk keeps blocks in hand for the coming days; the portal numbers around them. */
class CodeLeaseRefreshTest {
    @TempDir
    Path dir;

    @Test
    void theDeskLeasesEachComingWorkingDayOnceAndThePortalNumbersAroundTheBlocks() throws Exception {
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            desk.office().configure(Actor.SYSTEM, OfficeSettings.none().withNumbering(Numbering.leased(9000, 9999)));
            CodeLeaseRefresh refresh = new CodeLeaseRefresh(desk.codeLeases(), desk.office(), desk.calendar(), java.time.Clock.systemUTC());

            CodeLeaseRefresh.Outcome first = refresh.refresh(portal.adapter());
            assertThat(first.answer()).isInstanceOf(PortalAnswer.Accepted.class);
            assertThat(first.asked()).hasSize(CodeLeaseRefresh.DAYS_AHEAD + 1);
            assertThat(first.size()).isEqualTo(desk.codeLeases().dailyNeed(TestOffice.AGENCY, first.asked().get(0)));
            Map<LocalDate, Integer> left = desk.codeLeases().remaining(TestOffice.AGENCY, first.asked());
            assertThat(left.values()).allMatch(n -> n == first.size());

            CodeLeaseRefresh.Outcome second = refresh.refresh(portal.adapter());
            assertThat(second.asked()).as("nothing runs short: no second lease").isEmpty();
            assertThat(second.answer()).isNull();

            // a citizen submits online on the first leased day: the portal numbers around the desk's block
            LocalDate day = first.asked().get(0);
            List<CodeLeases.Block> blocks = desk.codeLeases().blocks(TestOffice.AGENCY, day);
            assertThat(blocks).hasSize(1);
            portal.clock.set(day.atTime(9, 0));
            SandboxClient client = SandboxClient.of(portal.url());
            for (int i = 0; i < 3; i++) {
                SandboxClient.Created online = client.onlineDossier(TestOffice.AGENCY, "1.004222", "Đăng ký thường trú",
                        "Nguyễn Văn An", "001090000001");
                assertThat(online.code()).contains("-" + day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-");
                int seq = Integer.parseInt(online.code().substring(online.code().lastIndexOf('-') + 1));
                assertThat(seq < blocks.get(0).from() || seq > blocks.get(0).to()).as("online %s vs block %s", seq, blocks.get(0)).isTrue();
            }
        }
    }

    @Test
    void anOfficeThatDoesNotLeaseAsksNothing() throws Exception {
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            CodeLeaseRefresh refresh = new CodeLeaseRefresh(desk.codeLeases(), desk.office(), desk.calendar(), java.time.Clock.systemUTC());
            assertThat(refresh.refresh(portal.adapter()).answer()).isNull();
        }
    }

    @Test
    void aMalformedGrantIsSkippedNotHalfKept() throws Exception {
        var body = PortalHarness.parse("{\"leases\":[{\"day\":\"2026-11-25\",\"from\":5,\"to\":9},{\"day\":\"not a day\",\"from\":1,\"to\":2},"
                + "{\"day\":\"2026-11-26\",\"from\":9,\"to\":3}]}");
        assertThat(CodeLeaseRefresh.blocks(body)).containsExactly(new CodeLeases.Block(LocalDate.of(2026, 11, 25), 5, 9));
    }
}
