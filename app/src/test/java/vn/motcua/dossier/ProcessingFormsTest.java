package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.forms.Copies;
import vn.motcua.forms.SignatureBox;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/** Forms 02 (processing round), 04, 05, 06 and the register 07 rendered from what really happened, read back from the PDF. */
class ProcessingFormsTest {
    @TempDir
    static Path dir;
    static TestClock clock;
    static AppContext context;
    static Actor clerk;
    static Actor chair;
    static String travelled;
    static String withdrawn;

    @BeforeAll
    static void office() {
        clock = new TestClock(ProcessingServiceTest.MONDAY);
        context = TestOffice.initialized(dir, clock);
        Actor[] staff = Processing.staff(context);
        clerk = staff[0];
        chair = staff[2];
        travelled = Processing.receive(context, clerk);
        ProcessingService p = context.processing();
        p.handOver(clerk, travelled, new HandOver("lan", "Công an xã", 2, "Xác minh cư trú"));
        clock.set(ProcessingServiceTest.MONDAY.plusDays(1));
        p.requestSupplement(staff[1], travelled, "Bổ sung giấy tờ chứng minh chỗ ở hợp pháp");
        clock.set(ProcessingServiceTest.MONDAY.plusDays(2));
        p.receiveSupplement(clerk, travelled, null);
        clock.set(ProcessingServiceTest.MONDAY.plusDays(4)); // Friday: the step (due Thursday after the shift? see sheet) 
        p.handOver(staff[1], travelled, new HandOver("hung", null, 1, "Trình ký"));
        p.extend(chair, travelled, 2, "Chờ kết quả xác minh của Công an huyện");
        withdrawn = Processing.receive(context, clerk);
        p.close(clerk, withdrawn, DossierStatus.WITHDRAWN, "Công dân chuyển đi nơi khác");
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // table cells wrap
        }
    }

    @Test
    void form04CarriesTheLetterNumberTheReasonAndBothDueDates() throws Exception {
        byte[] pdf = context.dossierForms().render("04", travelled, Copies.ONE);
        String text = text(pdf);
        var x = context.dossierQuery().story(travelled).extensions().get(0);
        assertThat(text).contains("Số: " + x.letterNumber()).contains(travelled).contains("Chờ kết quả xác minh của Công an huyện")
                .contains("Lê Văn Hùng").contains("Công an xã");
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        assertThat(text).contains(ProcessingForms.local(x.oldDueAt()).format(dmy)).contains(ProcessingForms.local(x.newDueAt()).format(dmy));
        assertThat(SignatureBox.find(pdf)).isPresent();
        Files.write(dir.resolve("form04.pdf"), pdf);
    }

    @Test
    void form05SaysTheCitizenWithdrew() throws Exception {
        String text = text(context.dossierForms().render("05", withdrawn, Copies.ONE));
        assertThat(text).contains(withdrawn).contains("Công dân chuyển đi nơi khác").contains("Nguyễn Văn An");
    }

    @Test
    void form06HasARowPerHandOverWithItsVerdict() throws Exception {
        String text = text(context.dossierForms().render("06", travelled, Copies.ONE));
        assertThat(text).contains("Nguyễn Thị Thu").contains("Phạm Ngọc Lan (Công an").contains("Lê Văn Hùng")
                .contains("Xác minh cư trú").contains("Trình ký");
        var steps = context.dossierQuery().story(travelled).steps();
        assertThat(steps.get(0).verdict()).isPresent();
        assertThat(steps.get(1).verdict()).isEmpty(); // still with the chair
    }

    @Test
    void form02OfAProcessingRoundListsWhatToAdd() throws Exception {
        String text = text(context.dossierForms().render("02", travelled, Copies.ONE));
        assertThat(text).contains("Bổ sung giấy tờ chứng minh chỗ ở hợp pháp").contains("Phạm Ngọc Lan");
    }

    @Test
    void formsADossierHasNotProducedAreRefused() {
        assertThatThrownBy(() -> context.dossierForms().render("04", withdrawn, Copies.ONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("forms.notProduced"));
        assertThatThrownBy(() -> context.dossierForms().render("05", travelled, Copies.ONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("forms.notProduced"));
        assertThatThrownBy(() -> context.dossierForms().render("08", travelled, Copies.ONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("forms.unknownForm"));
    }

    @Test
    void theRegisterListsTheRangesDossiersInRegisterOrder() throws Exception {
        LocalDate day = ProcessingServiceTest.MONDAY.toLocalDate();
        String text = text(context.dossierForms().register(day, day.plusDays(4))); // Monday to Friday
        String compact = text.replace(" ", ""); // codes wrap inside the narrow code column
        assertThat(compact.indexOf(withdrawn)).isPositive();
        assertThat(compact.indexOf(travelled)).isPositive().isLessThan(compact.indexOf(withdrawn));
        assertThat(text).contains("Công dân rút hồ sơ").contains("Công an xã");
        String empty = text(context.dossierForms().register(day.plusDays(5), day.plusDays(6)));
        assertThat(empty).contains("Không có hồ sơ trong khoảng thời gian này").doesNotContain(travelled);
        assertThatThrownBy(() -> context.dossierForms().register(day, day.minusDays(1)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("forms.register.badRange"));
    }
}
