package vn.motcua.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/** The catalogue screen's logic on a real H2 office: filter, dry run, difference, apply, cancel, refusals. */
class CatalogViewModelTest {
    static final Actor ADMIN = new Actor(null, TestOffice.ADMIN, "Trần Văn Quản", Set.of(Role.ADMINISTRATOR));
    static final Actor CLERK = new Actor(null, "thu", "Lê Thị Thu", Set.of(Role.CLERK));
    private final I18n i18n = new I18n(Language.VI);
    private final Ui ui = new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter());

    @TempDir
    Path tmp;
    AppContext context;

    @BeforeEach
    void open() {
        context = TestOffice.initialized(tmp.resolve("data"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private CatalogViewModel vm(Actor actor) {
        CatalogViewModel vm = new CatalogViewModel(ui, context.catalog(), actor);
        vm.load();
        return vm;
    }

    @Test
    void theProceduresInForceAreListedAndFilteredWithoutDiacritics() {
        CatalogViewModel vm = vm(ADMIN);
        int all = context.catalog().current().procedures().size();
        assertThat(vm.procedures()).hasSize(all);
        assertThat(vm.inForceProperty().get()).contains(context.catalog().current().version()).contains(all + " thủ tục");
        assertThat(vm.versions()).hasSize(1);

        vm.filterProperty().set("chung thuc");
        assertThat(vm.procedures()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(r -> assertThat(r.name() + r.field()).containsIgnoringCase("chứng thực"));
        ProcedureRow copy = vm.procedures().stream().filter(r -> r.code().equals("2.000815")).findFirst().orElseThrow();
        assertThat(copy.fee()).isEqualTo(context.catalog().find("2.000815").orElseThrow().fee().describe());
        assertThat(copy.time()).isNotBlank();
        vm.filterProperty().set("");
        assertThat(vm.procedures()).hasSize(all);
    }

    @Test
    void aDryRunShowsTheDifferenceAndOnlyApplyMakesANewVersion() throws Exception {
        CatalogViewModel vm = vm(ADMIN);
        String before = context.catalog().current().version();
        Path file = AdminFiles.provincialCatalogue(tmp, "2026.1", context.catalog().current().procedures());

        vm.importFile(file);
        assertThat(vm.pendingProperty().get()).isEqualTo(file);
        assertThat(vm.added()).singleElement().asString().contains(AdminFiles.ADDED_CODE).contains(AdminFiles.ADDED_NAME);
        assertThat(vm.changed()).first().asString().contains(AdminFiles.CHANGED_CODE);
        assertThat(vm.changed()).hasSize(2).last().asString().contains("Phí, lệ phí").contains("25.000");
        assertThat(vm.changedHeaderProperty().get()).contains("1");
        assertThat(vm.removed()).isEmpty();
        assertThat(vm.addedHeaderProperty().get()).contains("1");
        assertThat(vm.removedHeaderProperty().get()).contains("0");
        assertThat(context.catalog().current().version()).as("a dry run stores nothing").isEqualTo(before);

        vm.apply();
        assertThat(context.catalog().current().version()).isEqualTo("2026.1");
        assertThat(vm.pendingProperty().get()).isNull();
        assertThat(vm.added()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Đã áp dụng danh mục phiên bản 2026.1");
        assertThat(vm.procedures()).extracting(ProcedureRow::code).contains(AdminFiles.ADDED_CODE);
        assertThat(vm.versions()).hasSize(2).first().asString().startsWith("2026.1");
        assertThat(vm.inForceProperty().get()).contains("2026.1");

        vm.importFile(file);
        assertThat(vm.pendingProperty().get()).as("the same file again changes nothing").isNull();
        assertThat(vm.messageProperty().get()).contains("trùng với danh mục đang dùng");
    }

    @Test
    void cancellingKeepsTheCatalogue() throws Exception {
        CatalogViewModel vm = vm(ADMIN);
        String before = context.catalog().current().version();
        vm.importFile(AdminFiles.provincialCatalogue(tmp, "2026.1", context.catalog().current().procedures()));
        vm.cancel();
        assertThat(vm.pendingProperty().get()).isNull();
        assertThat(vm.changed()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("không thay đổi");
        vm.apply();
        assertThat(context.catalog().current().version()).isEqualTo(before);
    }

    @Test
    void aBrokenFileIsExplainedAndChangesNothing() throws Exception {
        CatalogViewModel vm = vm(ADMIN);
        String before = context.catalog().current().version();
        Path broken = Files.writeString(tmp.resolve("hong.json"), "{\"format\":\"motcua-catalog\",\"procedures\":[{\"code\":\"1.1\"");
        vm.importFile(broken);
        assertThat(vm.messageProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(vm.pendingProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(context.catalog().current().version()).isEqualTo(before);
    }

    @Test
    void aClerkMayCheckAFileButNotApplyIt() throws Exception {
        CatalogViewModel vm = vm(CLERK);
        String before = context.catalog().current().version();
        vm.importFile(AdminFiles.provincialCatalogue(tmp, "2026.1", context.catalog().current().procedures()));
        assertThat(vm.pendingProperty().get()).isNotNull();
        vm.apply();
        assertThat(vm.messageProperty().get()).isEqualTo(i18n.t("security.forbidden", new vn.motcua.common.MessageKey("security.permission.manageCatalog"), java.util.List.of(new vn.motcua.common.MessageKey("role.administrator"))));
        assertThat(context.catalog().current().version()).isEqualTo(before);
    }
}
