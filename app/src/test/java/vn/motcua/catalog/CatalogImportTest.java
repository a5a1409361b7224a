package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditEntry;
import vn.motcua.security.Role;
import vn.motcua.testing.TestOffice;

/** Importing a province's catalogue on a real H2 office: diff, versions, dossier versions, refusals. */
class CatalogImportTest {
    static final Actor ADMIN = new Actor(null, "admin", "Trần Văn Quản", Set.of(Role.ADMINISTRATOR));
    private static final Messages VI = Messages.of(Language.VI);

    @TempDir
    Path tmp;
    AppContext context;
    CatalogService catalog;
    List<Procedure> starter;

    @BeforeEach
    void open() {
        context = TestOffice.open(tmp.resolve("data"));
        catalog = context.catalog();
        starter = catalog.current().procedures();
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The starter with the residence fee raised, one procedure removed and one added. */
    private List<Procedure> provincial() {
        List<Procedure> out = new ArrayList<>();
        for (Procedure p : starter) {
            if (p.code().equals("1.010038")) {
                continue;
            }
            if (p.code().equals("1.004222")) {
                FeeRule fee = new FeeRule(FeeKind.PER_CASE, p.fee().code(), p.fee().name(), 25_000, 12_000, List.of(), 0, null);
                List<RequiredComponent> components = new ArrayList<>(p.components());
                components.set(1, new RequiredComponent("CHO", components.get(1).name(), 1, 0, 0, ComponentSource.COLLECT_PAPER, true));
                p = new Procedure(p.code(), p.name(), p.field(), p.time(), fee, components);
            }
            out.add(p);
        }
        out.add(new Procedure("1.003583", "Đăng ký lại khai sinh", "Hộ tịch", TimeRule.of(TimeBudget.workingDays(5)),
                FeeRule.free(null), List.of(new RequiredComponent("TK", "Tờ khai đăng ký lại khai sinh", 1, 0, 0,
                        ComponentSource.COLLECT_PAPER, true))));
        return out;
    }

    private Path json(String name, String version, List<Procedure> procedures) throws Exception {
        return Files.writeString(tmp.resolve(name), CatalogJson.write(version, "Tỉnh Nam Định", null, procedures));
    }

    private List<String> versionNames() {
        return catalog.versions().stream().map(CatalogVersion::version).toList();
    }

    private List<AuditEntry> audit() {
        return context.database().sessionFactory().fromTransaction(s -> context.audit().latest(s, 10));
    }

    @Test
    void aJsonImportShowsTheDiffAndBecomesTheVersionInForce() throws Exception {
        Path file = json("nam-dinh.json", "nam-dinh-2025.08", provincial());

        CatalogImport dry = catalog.importFile(ADMIN, file, true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.stored()).isFalse();
        assertThat(versionNames()).containsExactly("starter-2025.07");

        CatalogImport done = catalog.importFile(ADMIN, file, false);
        assertThat(done.version()).isEqualTo("nam-dinh-2025.08");
        assertThat(done.stored()).isTrue();
        assertThat(done.added()).extracting(ProcedureChange::code).containsExactly("1.003583");
        assertThat(done.removed()).extracting(ProcedureChange::code).containsExactly("1.010038");
        assertThat(done.changed()).extracting(ProcedureChange::code).containsExactly("1.004222");
        assertThat(done.changed().get(0).differences()).containsExactly(
                "Phí, lệ phí: Lệ phí đăng ký cư trú: 20.000 đồng/hồ sơ; nộp trực tuyến 10.000 đồng/hồ sơ (Nhiều đối tượng được miễn lệ phí)"
                        + " → Lệ phí đăng ký cư trú: 25.000 đồng/hồ sơ; nộp trực tuyến 12.000 đồng/hồ sơ",
                "Thành phần CHO: bản chính 0 → 1; bản sao chứng thực 1 → 0");
        assertThat(done.added()).isEqualTo(dry.added());
        assertThat(done.changed()).isEqualTo(dry.changed());

        assertThat(versionNames()).containsExactly("starter-2025.07", "nam-dinh-2025.08");
        assertThat(catalog.current().version()).isEqualTo("nam-dinh-2025.08");
        assertThat(catalog.current().source()).isEqualTo("nam-dinh.json");
        assertThat(catalog.find("1.004222").orElseThrow().fee().amount()).isEqualTo(25_000);
        assertThat(catalog.find("1.010038")).isEmpty();
        assertThat(audit()).filteredOn(a -> a.action().equals("CATALOG_IMPORT")).hasSize(1)
                .first().satisfies(a -> assertThat(a.detail()).contains("version=nam-dinh-2025.08", "added=1", "changed=1", "removed=1"));
    }

    @Test
    void aDossierKeepsTheVersionItWasReceivedUnder() throws Exception {
        String received = catalog.current().version();
        catalog.importFile(ADMIN, json("v1.json", "tinh-2025.08", provincial()), false);

        assertThat(catalog.find("1.004222", received).orElseThrow().fee().amount()).isEqualTo(20_000);
        assertThat(catalog.find("1.010038", received)).isPresent();
        assertThat(catalog.find("1.004222", "tinh-2025.08").orElseThrow().fee().amount()).isEqualTo(25_000);
        assertThat(catalog.find("1.004222", "no-such-version")).isEmpty();

        // a later import does not change what an earlier version says, even read by another service instance
        List<Procedure> later = new ArrayList<>(provincial());
        later.remove(0);
        catalog.importFile(ADMIN, json("v2.json", "tinh-2025.09", later), false);
        CatalogService fresh = new CatalogService(context.database().sessionFactory(), context.audit(), java.time.Clock.systemUTC());
        assertThat(fresh.current().version()).isEqualTo("tinh-2025.09");
        assertThat(fresh.find("1.001193")).isEmpty();
        assertThat(fresh.find("1.001193", "tinh-2025.08")).isPresent();
        assertThat(fresh.version("tinh-2025.08").orElseThrow().procedures()).isEqualTo(provincial());
    }

    @Test
    void theSameContentAgainMakesNoNewVersion() throws Exception {
        catalog.importFile(ADMIN, json("a.json", "tinh-a", provincial()), false);
        CatalogImport again = catalog.importFile(ADMIN, json("b.json", "tinh-b", provincial()), false);
        assertThat(again.unchanged()).isTrue();
        assertThat(again.stored()).isFalse();
        assertThat(again.version()).isEqualTo("tinh-a");
        assertThat(versionNames()).containsExactly("starter-2025.07", "tinh-a");

        CatalogImport starterAgain = CatalogService.shippedOnly().importFile(ADMIN, json("s.json", null, starter), true);
        assertThat(starterAgain.unchanged()).isTrue();
    }

    @Test
    void aTakenVersionNameWithOtherContentIsRefused() throws Exception {
        catalog.importFile(ADMIN, json("a.json", "tinh-a", provincial()), false);
        assertThatThrownBy(() -> catalog.importFile(ADMIN, json("b.json", "tinh-a", starter.subList(0, 3)), false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("catalog.versionTaken");
        assertThatThrownBy(() -> catalog.importFile(ADMIN, json("c.json", "starter-2025.07", provincial().subList(0, 2)), false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("catalog.versionTaken");
    }

    @Test
    void aFileWithoutVersionGetsOneFromTheImportTime() throws Exception {
        CatalogImport first = catalog.importFile(ADMIN, json("a.json", null, provincial()), false);
        assertThat(first.version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d{4}");
        CatalogImport second = catalog.importFile(ADMIN, json("b.json", null, starter), false);
        assertThat(second.version()).isNotEqualTo(first.version()).startsWith(first.version().substring(0, 10));
        assertThat(catalog.current().version()).isEqualTo(second.version());
    }

    @Test
    void onlyAnAdministratorImports() throws Exception {
        Actor clerk = new Actor(null, "clerk", "Nguyễn Thị Lan", Set.of(Role.CLERK));
        Path file = json("a.json", "x", provincial());
        assertThatThrownBy(() -> catalog.importFile(clerk, file, false)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("security.forbidden");
        assertThat(catalog.importFile(clerk, file, true).stored()).isFalse();
        assertThat(versionNames()).containsExactly("starter-2025.07");
    }

    @Test
    void anXlsxImportIsReadFromContentWhateverItsName() throws Exception {
        Path xlsx = CatalogSheets.write(tmp.resolve("danh-muc.dat"), provincial());
        CatalogImport done = catalog.importFile(ADMIN, xlsx, false);
        assertThat(done.added()).extracting(ProcedureChange::code).containsExactly("1.003583");
        assertThat(catalog.current().procedures()).isEqualTo(provincial());
        assertThat(catalog.current().source()).isEqualTo("danh-muc.dat");
    }

    @Test
    void decomposedVietnameseIsStoredInNfc() throws Exception {
        String nfd = Normalizer.normalize("Đăng ký lại khai sinh", Normalizer.Form.NFD);
        String text = CatalogJson.write("nfd", null, null, provincial()).replace("Đăng ký lại khai sinh", nfd);
        assertThat(text).contains(nfd);
        catalog.importFile(ADMIN, Files.writeString(tmp.resolve("nfd.json"), text), false);
        assertThat(catalog.find("1.003583").orElseThrow().name()).isEqualTo("Đăng ký lại khai sinh")
                .isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        Path xlsx = tmp.resolve("nfd.xlsx");
        List<List<Object>> rows = CatalogSheets.procedureRows(provincial());
        rows.get(rows.size() - 1).set(2, Normalizer.normalize("Hộ tịch mới", Normalizer.Form.NFD));
        CatalogSheets.writeSheets(xlsx, List.of(new CatalogSheets.SheetRows("ThuTuc", rows),
                new CatalogSheets.SheetRows("ThanhPhan", CatalogSheets.componentRows(provincial()))));
        catalog.importFile(ADMIN, xlsx, false);
        assertThat(catalog.find("1.003583").orElseThrow().field()).isEqualTo("Hộ tịch mới");
    }

    @Test
    void aBrokenJsonRowIsRefusedByPlaceAndNothingIsStored() throws Exception {
        String text = CatalogJson.write("hong", null, null, provincial()).replace("\"photocopies\":1", "\"photocopies\":-1");
        Path file = Files.writeString(tmp.resolve("hong.json"), text);
        int index = provincial().indexOf(provincial().stream().filter(p -> p.components().stream()
                .anyMatch(c -> c.photocopies() == 1)).findFirst().orElseThrow()) + 1;
        String code = provincial().get(index - 1).code();
        int component = provincial().get(index - 1).components().indexOf(provincial().get(index - 1).components().stream()
                .filter(c -> c.photocopies() == 1).findFirst().orElseThrow()) + 1;

        UserFacingException e = catchRefusal(file);
        assertThat(e.localized(VI)).isEqualTo("Tệp danh mục hong.json bị từ chối ở thủ tục thứ " + index + " (mã " + code
                + "), trường \"components[" + component + "].photocopies\": \"-1\" không phải số lượng hợp lệ; hãy ghi số nguyên"
                + " từ 0 đến 1000, ví dụ 1. Hãy sửa rồi nhập lại; danh mục đang dùng không thay đổi.");
        assertThat(versionNames()).containsExactly("starter-2025.07");
        assertThat(audit()).noneMatch(a -> a.action().equals("CATALOG_IMPORT"));
    }

    @Test
    void aBrokenSpreadsheetRowIsRefusedBySheetRowAndColumn() throws Exception {
        List<List<Object>> components = CatalogSheets.componentRows(provincial());
        components.get(6).set(6, "gửi fax"); // row 7 of the sheet, column "Cách nộp"
        Path xlsx = CatalogSheets.writeSheets(tmp.resolve("hong.xlsx"), List.of(
                new CatalogSheets.SheetRows("ThuTuc", CatalogSheets.procedureRows(provincial())),
                new CatalogSheets.SheetRows("ThanhPhan", components)));

        UserFacingException e = catchRefusal(xlsx);
        assertThat(e.localized(VI)).startsWith("Tệp danh mục hong.xlsx bị từ chối ở trang tính ThanhPhan, dòng 7, cột \"Cách nộp\":"
                + " \"gửi fax\" không phải giá trị được chấp nhận; hãy dùng một trong: collect-paper, look-up, show-only");
        assertThat(versionNames()).containsExactly("starter-2025.07");
    }

    @Test
    void spreadsheetRefusalsNameTheirPlace() throws Exception {
        List<List<Object>> procedures = CatalogSheets.procedureRows(provincial());
        procedures.get(3).set(5, "ba"); // "Số ngày/giờ" of a working-days procedure, row 4
        assertThat(refusal(procedures, CatalogSheets.componentRows(provincial())))
                .contains("trang tính ThuTuc, dòng 4, cột \"Số ngày/giờ\"", "\"ba\" không phải số lượng hợp lệ");

        List<List<Object>> unknown = CatalogSheets.componentRows(provincial());
        unknown.get(2).set(0, "9.999999");
        assertThat(refusal(CatalogSheets.procedureRows(provincial()), unknown))
                .contains("trang tính ThanhPhan, dòng 3, cột \"Mã thủ tục\"", "mã thủ tục 9.999999 không có trong trang tính ThuTuc");

        List<List<Object>> duplicate = CatalogSheets.procedureRows(provincial());
        duplicate.get(5).set(0, duplicate.get(2).get(0));
        assertThat(refusal(duplicate, CatalogSheets.componentRows(provincial())))
                .contains("dòng 6, cột \"Mã thủ tục\"", "đã có ở dòng 3");

        List<List<Object>> noHeader = CatalogSheets.procedureRows(provincial());
        noHeader.get(0).set(3, "Thời hạn?");
        assertThat(refusal(noHeader, CatalogSheets.componentRows(provincial())))
                .isEqualTo("Bảng tính x.xlsx, trang tính ThuTuc thiếu cột \"Cách tính thời hạn\" ở dòng 1. Hãy thêm cột đó theo mẫu.");
        assertThat(versionNames()).containsExactly("starter-2025.07");
    }

    @Test
    void filesThatAreNeitherJsonNorXlsxAreRefused() throws Exception {
        assertThat(catchRefusal(Files.writeString(tmp.resolve("a.csv"), "code;name\n")).localized(VI))
                .startsWith("Tệp a.csv không phải danh mục JSON");
        assertThat(catchRefusal(Files.writeString(tmp.resolve("b.json"), "{\"procedures\": [")).localized(VI))
                .startsWith("Tệp danh mục b.json không phải JSON hợp lệ (dòng 1");
        assertThat(catchRefusal(Files.write(tmp.resolve("c.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 1, 2})).localized(VI))
                .startsWith("Không đọc được bảng tính c.xlsx");
        assertThat(catchRefusal(tmp.resolve("none.json")).localized(VI)).startsWith("Không có tệp");
    }

    private String refusal(List<List<Object>> procedures, List<List<Object>> components) throws Exception {
        Path xlsx = CatalogSheets.writeSheets(tmp.resolve("x.xlsx"), List.of(new CatalogSheets.SheetRows("ThuTuc", procedures),
                new CatalogSheets.SheetRows("ThanhPhan", components)));
        return catchRefusal(xlsx).localized(VI);
    }

    private UserFacingException catchRefusal(Path file) {
        try {
            catalog.importFile(ADMIN, file, false);
        } catch (UserFacingException e) {
            return e;
        }
        throw new AssertionError(file + " was accepted");
    }
}
