package vn.motcua.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.catalog.Procedure;
import vn.motcua.citizen.Sex;
import vn.motcua.common.Language;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IntakeOutcome;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/** The intake form's logic on a same-thread runner and a real office database: no toolkit. */
class IntakeViewModelTest {
    @TempDir
    Path tmp;

    private final I18n i18n = new I18n(Language.VI);
    private final Ui ui = new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter());
    private AppContext context;
    private IntakeDraftStore store;
    private IntakeViewModel vm;
    private DraftAutosaver autosaver;

    @BeforeEach
    void open() {
        context = TestOffice.initialized(tmp.resolve("office"));
        store = new IntakeDraftStore(tmp.resolve("drafts/intake.json"), null);
        vm = newForm();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private IntakeViewModel newForm() {
        Actor admin = context.users().logIn(TestOffice.ADMIN, TestOffice.ADMIN_PASSWORD.toCharArray());
        autosaver = new DraftAutosaver(store, 0);
        IntakeViewModel m = new IntakeViewModel(ui, IntakeDesk.of(context, admin), autosaver);
        m.start();
        return m;
    }

    private Procedure pick(String query) {
        vm.procedureQueryProperty().set(query);
        Procedure p = vm.suggestions().get(0);
        vm.choose(p);
        return p;
    }

    @Test
    void folded_typeAhead_findsTheCertificationProcedureAndItsChecklist() {
        vm.procedureQueryProperty().set("chung thuc");
        assertThat(vm.suggestions()).isNotEmpty().allSatisfy(p -> assertThat(p.name() + p.field()).containsIgnoringCase("Chứng thực"));
        Procedure p = pick("chung thuc");
        assertThat(p.code()).isEqualTo("2.000815");
        assertThat(vm.rows()).extracting(r -> r.component().code()).containsExactly("BC", "BS");
        ChecklistRow bc = vm.rows().get(0);
        assertThat(bc.certifiedCopiesProperty().get()).as("catalogue default for a mandatory paper").isEqualTo(1);
        assertThat(bc.pagesProperty().get()).isEqualTo(1);
        assertThat(vm.rows().get(1).photocopiesProperty().get()).as("optional papers start at zero").isZero();
    }

    @Test
    void theFeeTotalFollowsTheCountsByPageBandsAndCap() {
        Procedure p = pick("2.000815");
        ChecklistRow bc = vm.rows().get(0);
        assertThat(vm.feeTotalProperty().get()).isEqualTo("2.000 đ");
        bc.certifiedCopiesProperty().set(3);
        bc.pagesProperty().set(5);
        // 2 pages × 2.000 + 3 pages × 1.000 = 7.000 per copy, three copies
        assertThat(vm.feeTotalProperty().get()).isEqualTo("21.000 đ");
        assertThat(p.fee().perCopyOfPages(5) * 3).isEqualTo(21_000);
        bc.pagesProperty().set(400);
        assertThat(vm.feeTotalProperty().get()).as("capped at 200.000 per copy").isEqualTo("600.000 đ");
        assertThat(vm.summaryProperty().get()).contains("600.000 đ").contains("2.000815");
        assertThat(vm.dueProperty().get()).startsWith("Hẹn trả dự kiến: ");
    }

    @Test
    void aWrongIdIsNamedUnderItsFieldAndNothingIsSaved() {
        pick("2.000815");
        ApplicantFormModel a = vm.applicant();
        a.fullNameProperty().set("Đặng Thị Hoa");
        a.idNumberProperty().set("03619001234");
        assertThat(a.idProblemProperty().get()).isEqualTo(i18n.t("citizen.id.length", "11"));
        a.idNumberProperty().set("036190012345");
        assertThat(a.idProblemProperty().get()).isEmpty();
        a.sexProperty().set(Sex.MALE);
        assertThat(a.idProblemProperty().get()).contains("dành cho nữ");
        a.birthDateProperty().set("31/02/1990");
        assertThat(a.birthProblemProperty().get()).contains("31/02/1990");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo(i18n.t("intake.applicant.fix"));
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(context.applicants().search("dang thi hoa", 5)).isEmpty();
    }

    @Test
    void nameRequiredWaitsForASaveAttempt() {
        pick("2.000815");
        assertThat(vm.applicant().nameProblemProperty().get()).isEmpty();
        vm.save();
        assertThat(vm.applicant().nameProblemProperty().get()).isEqualTo(i18n.t("citizen.name.required"));
    }

    @Test
    void aRefusalNeedsAReasonThenSavesAsRefused() {
        pick("2.000815");
        vm.applicant().fullNameProperty().set("Đặng Thị Hoa");
        vm.outcomeProperty().set(IntakeOutcome.REFUSE);
        assertThat(vm.dueProperty().get()).isEqualTo(i18n.t("intake.due.notRunning"));
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo(i18n.t("intake.reason.required"));
        vm.reasonProperty().set("Không thuộc thẩm quyền của xã");
        vm.save();
        assertThat(vm.resultProperty().get()).isNotNull();
        assertThat(vm.resultProperty().get().status()).isEqualTo(DossierStatus.REFUSED);
    }

    @Test
    void theDraftRoundTripsThroughTheFileAndAFreshFormRestoresIt() throws Exception {
        pick("2.000815");
        vm.rows().get(0).certifiedCopiesProperty().set(4);
        vm.rows().get(0).pagesProperty().set(7);
        ApplicantFormModel a = vm.applicant();
        a.fullNameProperty().set("Đặng Thị Hoa");
        a.idNumberProperty().set("036190012345");
        a.birthDateProperty().set("17/05/1990");
        a.sexProperty().set(Sex.FEMALE);
        a.addressProperty().set("Xã Vụ Bản, Nam Định");
        a.phoneProperty().set("0912345678");
        IntakeDraft written = vm.draft();
        assertThat(autosaver.flush(java.time.Duration.ofSeconds(10))).isTrue();
        assertThat(store.load().draft()).as("the autosaver wrote the last change, not an earlier one").contains(written);

        IntakeViewModel restored = newForm();
        assertThat(restored.noticeProperty().get()).isEqualTo(i18n.t("intake.draftRestored"));
        assertThat(restored.draft()).isEqualTo(written);
        assertThat(restored.clientId()).as("the same dossier UUID: a save after a crash is not doubled").isEqualTo(vm.clientId());
        assertThat(restored.procedureProperty().get().code()).isEqualTo("2.000815");
        assertThat(restored.applicant().sexProperty().get()).isEqualTo(Sex.FEMALE);
        assertThat(restored.feeTotalProperty().get()).isEqualTo(vm.feeTotalProperty().get());
    }

    @Test
    void aCorruptDraftIsSetAsideAndTheFormStartsEmpty() throws Exception {
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"clientId\": \"not-a-uuid\", \"counts\": [");
        IntakeViewModel fresh = newForm();
        assertThat(fresh.procedureProperty().get()).isNull();
        assertThat(fresh.noticeProperty().get()).startsWith("Bản nháp lần trước bị hỏng");
        assertThat(Files.exists(store.file())).isFalse();
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("intake.json.corrupt-"));
        }
    }

    @Test
    void aSavedDossierKeepsItsClientIdSoASecondSaveMakesNoSecondDossier() {
        pick("2.000815");
        vm.applicant().fullNameProperty().set("Đặng Thị Hoa");
        vm.applicant().idNumberProperty().set("036190012345");
        IntakeDraft before = vm.draft();
        vm.save();
        String code = vm.resultProperty().get().code();
        assertThat(context.dossiers().byCode(code)).isPresent();
        assertThat(context.dossiers().require(code).id()).isEqualTo(before.clientId());
    }

    @Test
    void ownerSetsAndChannelReachTheStoredDossierAndSurviveADraftRoundTrip() {
        pick("1.004222");
        vm.applicant().fullNameProperty().set("Đặng Thị Hoa");
        vm.applicant().idNumberProperty().set("036190012345");
        assertThat(vm.setsProperty().get()).as("one set unless told").isEqualTo(1);
        assertThat(vm.channelProperty().get()).isEqualTo(Channel.IN_PERSON);
        vm.ownerNameProperty().set("  Nguyễn Văn An ");
        vm.setsProperty().set(2);
        vm.channelProperty().set(Channel.POST);
        assertThat(vm.summaryProperty().get()).contains("Chủ hồ sơ: Nguyễn Văn An")
                .contains(i18n.t("intake.summary.sets", "2", "Bưu chính công ích"));

        IntakeDraft written = vm.draft();
        assertThat(written.ownerName()).isEqualTo("  Nguyễn Văn An ");
        // the form's own autosave of an earlier keystroke must not land after the draft written here
        assertThat(autosaver.flush(java.time.Duration.ofSeconds(10))).isTrue();
        store.save(written);
        IntakeViewModel restored = newForm();
        assertThat(restored.draft()).isEqualTo(written);
        assertThat(restored.ownerNameProperty().get()).isEqualTo("  Nguyễn Văn An ");
        assertThat(restored.setsProperty().get()).isEqualTo(2);
        assertThat(restored.channelProperty().get()).isEqualTo(Channel.POST);

        restored.save();
        assertThat(restored.messageProperty().get()).isEmpty();
        Dossier saved = context.dossiers().require(restored.resultProperty().get().code());
        assertThat(saved.ownerName()).isEqualTo("Nguyễn Văn An");
        assertThat(saved.sets()).isEqualTo(2);
        assertThat(saved.channel()).isEqualTo(Channel.POST);
        restored.reset();
        assertThat(restored.setsProperty().get()).isEqualTo(1);
        assertThat(restored.ownerNameProperty().get()).isEmpty();
        assertThat(restored.channelProperty().get()).isEqualTo(Channel.IN_PERSON);
    }

    @Test
    void aDraftWrittenBeforeOwnerAndSetsExistedRestoresTheDefaults() throws Exception {
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"clientId\":\"" + java.util.UUID.randomUUID() + "\",\"procedureCode\":\"1.004222\","
                + "\"fullName\":\"Trần Văn Bình\",\"counts\":[],\"outcome\":\"ACCEPT\",\"reason\":\"\"}");
        IntakeViewModel restored = newForm();
        assertThat(restored.applicant().fullNameProperty().get()).isEqualTo("Trần Văn Bình");
        assertThat(restored.setsProperty().get()).isEqualTo(1);
        assertThat(restored.channelProperty().get()).isEqualTo(Channel.IN_PERSON);
        assertThat(restored.ownerNameProperty().get()).isEmpty();
    }
}
