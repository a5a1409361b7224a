package vn.motcua.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.documents.DossierDocument;
import vn.motcua.documents.ImportedDocument;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/** The intake form offers a returning applicant's earlier scans and links the ticked ones after the receipt. */
class IntakeReuseTest {
    @TempDir
    Path tmp;

    private final I18n i18n = new I18n(Language.VI);
    private final Ui ui = new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter());
    private AppContext context;
    private IntakeViewModel vm;
    private String earlier;
    private ImportedDocument cho;

    @BeforeEach
    void anEarlierDossierWithAScan() throws Exception {
        context = TestOffice.initialized(tmp.resolve("office"));
        earlier = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        cho = context.documents().importFiles(Actor.SYSTEM, earlier, "CHO", List.of(jpeg(tmp.resolve("cho.jpg"))));
        Actor admin = context.users().logIn(TestOffice.ADMIN, TestOffice.ADMIN_PASSWORD.toCharArray());
        vm = new IntakeViewModel(ui, IntakeDesk.of(context, admin),
                new DraftAutosaver(new IntakeDraftStore(tmp.resolve("drafts/intake.json"), null), 0));
        vm.start();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static Path jpeg(Path file) throws Exception {
        Random r = new Random(7);
        BufferedImage img = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 3000; i++) {
            img.setRGB(r.nextInt(120), r.nextInt(160), r.nextInt(0xFFFFFF));
        }
        ImageIO.write(img, "jpg", file.toFile());
        return file;
    }

    private ChecklistRow row(String code) {
        return vm.rows().stream().filter(r -> r.component().code().equals(code)).findFirst().orElseThrow();
    }

    private void fillApplicant() {
        vm.procedureQueryProperty().set(Intakes.RESIDENCE);
        vm.choose(vm.suggestions().get(0));
        vm.applicant().fullNameProperty().set(Intakes.applicant().fullName());
        vm.applicant().idNumberProperty().set(Intakes.applicant().idNumber());
    }

    @Test
    void theOfferAppearsOnceTheIdAndProcedureAreKnownAndATickedOneIsLinked() {
        vm.procedureQueryProperty().set(Intakes.RESIDENCE);
        vm.choose(vm.suggestions().get(0));
        assertThat(row("CHO").offerProperty().get()).isNull();
        vm.applicant().fullNameProperty().set(Intakes.applicant().fullName());
        vm.applicant().idNumberProperty().set(Intakes.applicant().idNumber());

        assertThat(row("CHO").offerProperty().get()).isNotNull()
                .satisfies(o -> assertThat(o.fromDossierCode()).isEqualTo(earlier))
                .satisfies(o -> assertThat(o.sha256()).isEqualTo(cho.sha256()));
        assertThat(row("CT01").offerProperty().get()).isNull();
        assertThat(row("CHO").reuseProperty().get()).as("the clerk decides").isFalse();

        row("CHO").reuseProperty().set(true);
        vm.save();

        String code = vm.resultProperty().get().code();
        assertThat(context.documents().linked(code)).singleElement().satisfies(d -> {
            assertThat(d.componentCode()).isEqualTo("CHO");
            assertThat(d.reused()).isTrue();
            assertThat(d.sha256()).isEqualTo(cho.sha256());
        });
        assertThat(vm.reuseProblemProperty().get()).isEmpty();
    }

    @Test
    void anUntickedOfferLinksNothingAndAnotherIdWithdrawsTheOffer() {
        fillApplicant();
        assertThat(row("CHO").offerProperty().get()).isNotNull();
        vm.applicant().idNumberProperty().set("036185001234");
        assertThat(row("CHO").offerProperty().get()).isNull();
        vm.applicant().idNumberProperty().set(Intakes.applicant().idNumber());
        vm.save();
        assertThat(context.documents().linked(vm.resultProperty().get().code())).isEmpty();
    }

    @Test
    void aFailedLinkIsReportedAndTheDossierStaysReceived() throws Exception {
        fillApplicant();
        row("CHO").reuseProperty().set(true);
        Files.write(cho.path(), new byte[] {'%', 'P', 'D', 'F'});
        vm.save();

        String code = vm.resultProperty().get().code();
        assertThat(context.dossiers().byCode(code)).isPresent();
        List<DossierDocument> linked = context.documents().linked(code);
        assertThat(linked).isEmpty();
        assertThat(vm.reuseProblemProperty().get()).contains(code).contains(earlier).contains("quét lại");
    }
}
