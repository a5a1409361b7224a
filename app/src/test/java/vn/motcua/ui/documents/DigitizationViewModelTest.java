package vn.motcua.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/** The digitization screen's logic on a real H2 office, everything run on the test thread. */
class DigitizationViewModelTest {
    static final Actor CLERK = new Actor(null, "thu", "Lê Thị Thu", Set.of(Role.CLERK));
    private final I18n i18n = new I18n(Language.VI);
    private final Ui ui = new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter());

    @TempDir
    Path tmp;
    AppContext context;
    String code;
    DigitizationViewModel vm;
    final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // thumbnails are JavaFX images
    }

    @BeforeEach
    void open() {
        context = TestOffice.initialized(tmp.resolve("data"));
        code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        vm = new DigitizationViewModel(ui, DigitizationDesk.of(context, CLERK), r -> {
            r.run();
            progress.add(vm.progressTextProperty().get());
        });
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void openDossier() {
        vm.codeProperty().set(" " + code + " ");
        vm.openDossier();
    }

    private ComponentRow row(String component) {
        return vm.components().stream().filter(r -> r.code().equals(component)).findFirst().orElseThrow();
    }

    @Test
    void aDossierOpensByCodeWithItsComponentsStateInWords() {
        vm.codeProperty().set("KHONG-CO-123");
        vm.openDossier();
        assertThat(vm.messageProperty().get()).isEqualTo("Không có hồ sơ mã KHONG-CO-123. Hãy kiểm tra lại mã in trên giấy tiếp nhận.");
        assertThat(vm.components()).isEmpty();

        openDossier();
        assertThat(vm.openCodeProperty().get()).isEqualTo(code);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.dossierTitleProperty().get()).startsWith(code + " — ");
        assertThat(vm.components()).extracting(ComponentRow::code)
                .containsExactlyElementsOf(context.dossiers().require(code).components().stream().map(c -> c.code()).toList());
        assertThat(row("CT01").state()).isEqualTo(ComponentRow.State.NOT_YET);
        assertThat(row("CT01").stateText()).isEqualTo("Chưa số hóa");
        assertThat(vm.componentProperty().get()).as("the first component still to scan is chosen").isEqualTo(row("CT01"));
        assertThat(vm.components()).allSatisfy(r -> assertThat(r.stateText()).isNotBlank());
    }

    @Test
    void stagedPagesAreArrangedAndSealedInOrderWithTheirTurns() throws Exception {
        openDossier();
        Path a = ScanFiles.textPage(tmp.resolve("a.jpg"), 1);
        Path blank = ScanFiles.blankPage(tmp.resolve("b.jpg"), 2);
        Path c = ScanFiles.textPage(tmp.resolve("c.jpg"), 3);
        vm.addFiles(List.of(a, blank, c));
        PageStaging staging = vm.staging();
        assertThat(staging.pages()).extracting(StagedPageItem::label).containsExactly("a.jpg", "b.jpg", "c.jpg");
        assertThat(staging.pages()).allSatisfy(p -> assertThat(p.thumbnailProperty().get()).isNotNull());
        assertThat(staging.pages()).extracting(p -> p.blankProperty().get()).containsExactly(false, true, false);
        assertThat(vm.blankWarningProperty().get()).isEqualTo("1 trang có vẻ trắng — kiểm tra trước khi lưu");
        assertThat(vm.largeProperty().get()).as("the first page is shown large").isNotNull();

        // c first, turned right; the blank page deleted, then the delete undone and done again
        staging.selectedProperty().set(staging.pages().get(2));
        vm.move(-1);
        vm.move(-1);
        vm.move(-1); // already first: nothing happens
        vm.rotate(1);
        staging.selectedProperty().set(staging.pages().get(2));
        assertThat(staging.selectedProperty().get().label()).isEqualTo("b.jpg");
        vm.delete();
        assertThat(staging.pages()).extracting(StagedPageItem::label).containsExactly("c.jpg", "a.jpg");
        assertThat(vm.blankWarningProperty().get()).isEmpty();
        vm.undo();
        assertThat(staging.pages()).extracting(StagedPageItem::label).containsExactly("c.jpg", "a.jpg", "b.jpg");
        assertThat(staging.selectedProperty().get().label()).isEqualTo("b.jpg");
        vm.delete();
        staging.selectedProperty().set(staging.pages().get(1));
        vm.rotate(-1);
        vm.rotate(-1);
        vm.undo(); // one left turn taken back: a.jpg ends at 270
        assertThat(staging.arranged()).extracting(p -> p.file().getFileName() + "@" + p.rotation()).containsExactly("c.jpg@90", "a.jpg@270");

        vm.seal();
        assertThat(vm.messageProperty().get()).isEqualTo("Đã lưu 2 trang vào thành phần CT01 của hồ sơ " + code + ".");
        assertThat(progress).contains("Đang ghép trang 2/2");
        assertThat(staging.pages()).isEmpty();
        assertThat(vm.progressTextProperty().get()).isEmpty();
        assertThat(row("CT01").state()).isEqualTo(ComponentRow.State.DIGITIZED);
        assertThat(row("CT01").stateText()).isEqualTo("Đã số hóa (2 trang)");
        assertThat(vm.componentProperty().get().code()).isEqualTo("CT01");
        assertThat(vm.documents()).singleElement().satisfies(d -> assertThat(d.text()).contains("2 trang").contains("thu"));

        DossierDocument doc = context.documents().linked(code).get(0);
        try (PDDocument pdf = Loader.loadPDF(vn.motcua.testing.Plain.of(context.documents().store().pathOf(doc.sha256())).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getPage(0).getRotation()).isEqualTo(90);
            assertThat(pdf.getPage(1).getRotation()).isEqualTo(270);
            assertThat(rawJpeg(pdf.getPage(0))).isEqualTo(Files.readAllBytes(c));
            assertThat(rawJpeg(pdf.getPage(1))).isEqualTo(Files.readAllBytes(a));
        }
    }

    @Test
    void aRemovedDocumentIsTombstonedWithItsReasonAndTheComponentIsToScanAgain() throws Exception {
        openDossier();
        vm.addFiles(List.of(ScanFiles.textPage(tmp.resolve("a.jpg"), 4)));
        vm.seal();
        DocumentRow linked = vm.documents().get(0);
        vm.remove(linked, "Quét nhầm giấy của hồ sơ khác");
        assertThat(vm.messageProperty().get()).startsWith("Đã gỡ tệp ");
        assertThat(row("CT01").state()).isEqualTo(ComponentRow.State.NOT_YET);
        assertThat(vm.documents()).singleElement().satisfies(d -> {
            assertThat(d.removed()).isTrue();
            assertThat(d.text()).contains("lý do: Quét nhầm giấy của hồ sơ khác").contains("bởi thu");
        });
        DossierDocument tomb = context.documents().linked(code).get(0);
        assertThat(tomb.removedAt()).isNotNull();
        assertThat(tomb.removedBy()).isEqualTo("thu");
        assertThat(tomb.removalReason()).isEqualTo("Quét nhầm giấy của hồ sơ khác");
    }

    @Test
    void filesOfOtherKindsAreRefusedByNameAndAFailedSealKeepsThePages() throws Exception {
        Path notes = Files.writeString(tmp.resolve("ghi-chu.txt"), "không phải bản quét");
        Path folder = Files.createDirectories(tmp.resolve("thu-muc"));
        Path a = ScanFiles.textPage(tmp.resolve("a.jpg"), 5);
        vm.addFiles(List.of(notes, a, folder));
        assertThat(vm.staging().pages()).extracting(StagedPageItem::label).containsExactly("a.jpg");
        assertThat(vm.messageProperty().get()).contains("ghi-chu.txt").contains("không phải ảnh JPEG")
                .contains("thu-muc không phải một tệp");

        vm.seal();
        assertThat(vm.messageProperty().get()).startsWith("Chưa chọn thành phần hồ sơ.");
        openDossier();
        Files.delete(a); // the scan went away before saving
        vm.seal();
        assertThat(vm.messageProperty().get()).contains("a.jpg");
        assertThat(vm.staging().pages()).hasSize(1);
        assertThat(context.documents().linked(code)).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void scansArrivingFromTheHotFolderAreStagedAndAnnounced() throws Exception {
        vm.pagesArrived(List.of(ScanFiles.textPage(tmp.resolve("scan-001.jpg"), 6), ScanFiles.blankPage(tmp.resolve("scan-002.jpg"), 7)));
        assertThat(vm.statusProperty().get()).isEqualTo("2 tệp mới từ thư mục máy quét đã được thêm.");
        assertThat(vm.staging().pages()).hasSize(2);
        vm.zoomIn();
        assertThat(vm.zoomProperty().get()).isEqualTo(1.25);
        vm.zoomOut();
        vm.zoomOut();
        vm.zoomReset();
        assertThat(vm.zoomProperty().get()).isEqualTo(1.0);
    }

    private static byte[] rawJpeg(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                return raw.readAllBytes();
            }
        }
        throw new AssertionError("no image on the page");
    }
}
