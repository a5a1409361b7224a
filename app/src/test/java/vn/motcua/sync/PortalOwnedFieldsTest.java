package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFee;
import vn.motcua.dossier.FeeState;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.PortalDossiers;
import vn.motcua.dossier.PortalTime;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditEntry;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/**
 * Fees, payment and a recomputed due date are the portal's (design/sync.md "Who owns what"):
 * over real HTTP against the sandbox, a portal-side change wins on the desk, the desk's value is
 * logged, and the clerk gets one notice per change, even when the feed page comes twice.
 */
class PortalOwnedFieldsTest {
    @TempDir
    Path dir;
    final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 24, 8, 0));
    AppContext desk;
    PortalHarness portal;
    SandboxClient province;
    SyncRunner runner;
    Actor clerk;
    Dossier d;

    @BeforeEach
    void open() {
        desk = TestOffice.initialized(dir.resolve("desk"), clock);
        portal = PortalHarness.start(dir.resolve("portal"));
        province = SandboxClient.of(portal.url());
        portal.connect(desk);
        clerk = Processing.staff(desk)[0];
        d = dossier(Processing.receive(desk, clerk)); // residence registration: one fee line of 20 000 đ, due in 7 working days
        runner = desk.sync().runner();
        runner.runOnce(); // sent, and the desk's own change pulled back: the merge base
        assertThat(runner.runOnce().empty()).isTrue();
    }

    @AfterEach
    void close() {
        runner.close();
        portal.close();
        desk.close();
    }

    @Test
    void feesChangedOnThePortalWinOnTheDeskTheDesksValueIsLoggedAndTheClerkNotified() {
        ArrayNode lines = portalFees();
        ((ObjectNode) lines.get(0)).put("Gia", 25000).put("TrangThai", "PAID").put("HinhThucThu", "TRANSFER");
        province.edit(d.id(), fields("PhiLePhi", lines)); // the payment platform: new amount, paid by transfer

        runner.runOnce();
        DossierFee fee = fees().get(0);
        assertThat(fee.amount()).isEqualTo(25000);
        assertThat(fee.state()).isEqualTo(FeeState.PAID);
        assertThat(fee.method()).isEqualTo(PaymentMethod.TRANSFER);
        assertThat(audit("SYNC_FEE")).singleElement().satisfies(a -> assertThat(a.detail())
                .contains("Gia: 20000 → 25000").contains("TrangThai: DUE → PAID").contains("HinhThucThu: null → TRANSFER"));

        assertThat(desk.syncNotices().open(10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(SyncNotice.Kind.FEE_CHANGED);
            assertThat(n.dossierId()).isEqualTo(d.id());
            assertThat(n.oldValue()).isEqualTo("20000/20000");
            assertThat(n.newValue()).isEqualTo("25000/0");
            assertThat(n.messageArgs()).containsExactly(d.code(), 25000L, 0L, 20000L, 20000L);
            assertThat(Messages.of(Language.VI).get(n.messageKey(), n.messageArgs()))
                    .contains(d.code()).contains("25.000 đồng").contains("còn phải nộp 0 đồng").contains("tổng 20.000 đồng");
        });
        assertThat(state()).isEqualTo(SyncState.INCOMING);
    }

    @Test
    void aFeeLineThePortalDropsIsRemovedOnTheDeskWithItsValuesLogged() {
        province.edit(d.id(), fields("PhiLePhi", Json.MAPPER.createArrayNode())); // e.g. the applicant was exempted by law
        runner.runOnce();
        assertThat(fees()).isEmpty();
        assertThat(audit("SYNC_FEE")).singleElement().satisfies(a -> assertThat(a.detail()).contains("-LP_CU_TRU Gia 20000"));
        assertThat(desk.syncNotices().open(10)).singleElement().satisfies(n -> {
            assertThat(n.oldValue()).isEqualTo("20000/20000");
            assertThat(n.newValue()).isEqualTo("0/0");
        });
    }

    @Test
    void aPaymentRecordedAtTheCounterIsNotUndoneByAnUnrelatedPortalChange() {
        desk.fees().pay(clerk, d.code(), PaymentMethod.CASH, null);
        runner.runOnce(); // FEE_PAY reaches the portal as an event; the portal's fee lines still say DUE
        province.edit(d.id(), fields("SoDienThoai", "0988777666"));
        runner.runOnce();

        assertThat(dossier(d.code()).applicant().phone()).isEqualTo("0988777666");
        assertThat(fees().get(0).state()).isEqualTo(FeeState.PAID);
        assertThat(fees().get(0).method()).isEqualTo(PaymentMethod.CASH);
        assertThat(desk.syncNotices().openCount()).isZero();
    }

    @Test
    void aDueDateRecomputedOnThePortalWinsAndTheNoticeKeepsBothDates() {
        String deskDue = PortalTime.format(d.dueAt());
        province.edit(d.id(), fields("NgayHenTra", "20261210170000"));

        runner.runOnce();
        assertThat(dossier(d.code()).dueAt()).isEqualTo(WorkCalendar.toInstant(LocalDateTime.of(2026, 12, 10, 17, 0)));
        SyncNotice n = desk.syncNotices().open(10).get(0);
        assertThat(desk.syncNotices().openCount()).isOne();
        assertThat(n.kind()).isEqualTo(SyncNotice.Kind.DUE_CHANGED);
        assertThat(n.oldValue()).isEqualTo(deskDue);
        assertThat(n.newValue()).isEqualTo("20261210170000");
        String shownBefore = WorkCalendar.toLocal(d.dueAt()).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"));
        assertThat(n.messageArgs()).containsExactly(d.code(), shownBefore, "17:00 10/12/2026");
        assertThat(Messages.of(Language.EN).get(n.messageKey(), n.messageArgs())).contains(shownBefore).contains("17:00 10/12/2026");
        assertThat(audit("SYNC_FIELD")).anySatisfy(a -> assertThat(a.detail()).contains("NgayHenTra: desk " + deskDue));
    }

    @Test
    void aRepeatedFeedPageLeavesOneNoticeOnly() {
        String cursor = desk.database().sessionFactory().fromTransaction(s -> SyncFeed.of(s).cursor());
        ObjectNode change = fields("NgayHenTra", "20261211080000");
        ArrayNode lines = portalFees();
        ((ObjectNode) lines.get(0)).put("Gia", 15000);
        change.set("PhiLePhi", lines);
        province.edit(d.id(), change);
        runner.runOnce();
        assertThat(desk.syncNotices().open(10)).extracting(SyncNotice::kind)
                .containsExactlyInAnyOrder(SyncNotice.Kind.DUE_CHANGED, SyncNotice.Kind.FEE_CHANGED);

        // the desk reads the same page again (as after a crash between fetching and recording a page)
        desk.database().sessionFactory().inTransaction(s -> SyncFeed.of(s).advance(cursor, 0, clock.instant()));
        Puller again = new Puller(desk.database().sessionFactory(), portal.adapter(), TestOffice.AGENCY, PortalHarness.CLIENT,
                new PortalDossiers(desk.audit(), clock), clock, e -> { }, () -> true, 50);
        Puller.PullReport report = again.pull();
        assertThat(report.pages()).isPositive();
        assertThat(report.applied()).isZero();
        assertThat(desk.syncNotices().openCount()).isEqualTo(2);
        assertThat(fees().get(0).amount()).isEqualTo(15000);
    }

    @Test
    void aNoticeMarkedSeenLeavesTheOpenListButStaysWithItsDossier() {
        province.edit(d.id(), fields("NgayHenTra", "20261210170000"));
        runner.runOnce();
        SyncNotice n = desk.syncNotices().open(10).get(0);

        desk.syncNotices().markSeen(n.id(), clerk);
        desk.syncNotices().markSeen(n.id(), clerk); // twice changes nothing
        assertThat(desk.syncNotices().openCount()).isZero();
        assertThat(desk.syncNotices().open(10)).isEmpty();
        assertThat(desk.syncNotices().of(d.id())).singleElement().satisfies(seen -> {
            assertThat(seen.seenBy()).isEqualTo(clerk.username());
            assertThat(seen.seenAt()).isEqualTo(clock.instant());
        });
        assertThat(audit("SYNC_NOTICE_SEEN")).hasSize(1);
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> desk.syncNotices().markSeen(unknown, clerk)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("sync.notice.unknown"));
    }

    @Test
    void anOnlineDossierArrivesWithThePortalsFeeLinesAndALaterPaymentOnThePortalIsTaken() throws Exception {
        portal.clock.set(LocalDateTime.of(2026, 11, 26, 9, 0)); // another day than the desk's counter numbers (not leased here)
        ObjectNode online = fields("agencyId", TestOffice.AGENCY);
        online.put("MaTTHC", "1.004222").put("TenTTHC", "Đăng ký thường trú").put("ChuHoSo", "Trần Văn Bình");
        ObjectNode line = online.putArray("PhiLePhi").addObject();
        line.put("MaPhiLePhi", "LP_CU_TRU").put("TenPhiLePhi", "Lệ phí đăng ký cư trú").put("Gia", 10000).put("TrangThai", "DUE");
        var created = portal.raw("POST", "/v1/sandbox/online-dossiers", java.util.Map.of("Content-Type", "application/json"),
                online.toString());
        assertThat(created.statusCode()).isEqualTo(201);
        UUID id = UUID.fromString(PortalHarness.parse(created.body()).get("uuid").asText());

        runner.runOnce();
        assertThat(desk.dossiers().fees(id)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("LP_CU_TRU");
            assertThat(f.amount()).isEqualTo(10000);
            assertThat(f.state()).isEqualTo(FeeState.DUE);
        });
        assertThat(desk.syncNotices().openCount()).as("a new dossier is news by itself").isZero();

        ArrayNode paid = (ArrayNode) PortalHarness.parse(created.body()).get("PhiLePhi").deepCopy();
        ((ObjectNode) paid.get(0)).put("TrangThai", "PAID").put("HinhThucThu", "TRANSFER");
        province.edit(id, fields("PhiLePhi", paid));
        runner.runOnce();
        assertThat(desk.dossiers().fees(id).get(0).state()).isEqualTo(FeeState.PAID);
        assertThat(desk.syncNotices().open(10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(SyncNotice.Kind.FEE_CHANGED);
            assertThat(n.newValue()).isEqualTo("10000/0");
        });
    }

    private ArrayNode portalFees() {
        JsonNode snapshot = ((PortalAnswer.Accepted) portal.adapter().getDossier(d.id())).body();
        assertThat(snapshot.get("PhiLePhi")).as("the desk sent its fee line").hasSize(1);
        return snapshot.get("PhiLePhi").deepCopy();
    }

    private static ObjectNode fields(String field, Object value) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set(field, Json.MAPPER.valueToTree(value));
        return o;
    }

    private Dossier dossier(String code) {
        return desk.dossierQuery().story(code).dossier();
    }

    private List<DossierFee> fees() {
        return desk.dossiers().fees(d.id());
    }

    private SyncState state() {
        return desk.database().sessionFactory().fromTransaction(s -> SyncStates.of(s, List.of(d.id())).get(d.id()));
    }

    private List<AuditEntry> audit(String action) {
        return desk.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "from AuditEntry a where a.action = :a", AuditEntry.class).setParameter("a", action).getResultList());
    }
}
