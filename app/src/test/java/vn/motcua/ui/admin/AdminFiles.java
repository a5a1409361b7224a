package vn.motcua.ui.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.CatalogJson;
import vn.motcua.catalog.ComponentSource;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.FeeRule;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.catalog.TimeRule;
import vn.motcua.calendar.TimeBudget;

/** Real files an administrator would import: a province catalogue, a bank statement. */
public final class AdminFiles {
    /** The procedure the province's file adds. */
    public static final String ADDED_CODE = "1.003583";
    public static final String ADDED_NAME = "Đăng ký lại khai sinh";
    /** The procedure whose fee the province's file raises to 25.000 đồng. */
    public static final String CHANGED_CODE = "1.004222";

    private AdminFiles() {
    }

    /** The catalogue in force with the residence fee raised and one procedure added, as a JSON file. */
    public static Path provincialCatalogue(Path dir, String version, List<Procedure> inForce) throws Exception {
        List<Procedure> out = new ArrayList<>();
        for (Procedure p : inForce) {
            if (p.code().equals(CHANGED_CODE)) {
                FeeRule fee = new FeeRule(FeeKind.PER_CASE, p.fee().code(), p.fee().name(), 25_000, 12_000, List.of(), 0, null);
                p = new Procedure(p.code(), p.name(), p.field(), p.time(), fee, p.components());
            }
            out.add(p);
        }
        out.add(new Procedure(ADDED_CODE, ADDED_NAME, "Hộ tịch", TimeRule.of(TimeBudget.workingDays(5)), FeeRule.free(null),
                List.of(new RequiredComponent("TK", "Tờ khai đăng ký lại khai sinh", 1, 0, 0, ComponentSource.COLLECT_PAPER, true))));
        return catalogue(dir.resolve("danh-muc-" + version + ".json"), version, out);
    }

    public static Path catalogue(Path file, String version, List<Procedure> procedures) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "motcua-catalog");
        root.put("version", version);
        root.put("source", "Tỉnh Nam Định");
        root.put("procedures", procedures.stream().map(CatalogJson::toJson).toList());
        return Files.writeString(file, new ObjectMapper().writeValueAsString(root));
    }

    /** A statement exported by a bank: the dossier's code (dots and dashes dropped) with its amount. */
    public static Path statement(Path dir, String paidCode, long amount, String wrongCode) throws Exception {
        return Files.writeString(dir.resolve("sao-ke.csv"), """
                Ngân hàng TMCP Ngoại thương Việt Nam
                Ngày,Số tiền,Nội dung
                23/11/2026,%d,CHUYEN TIEN %s NGUYEN VAN AN
                23/11/2026,1000,%s
                24/11/2026,50000,UNG HO QUY KHUYEN HOC
                """.formatted(amount, paidCode.replaceAll("[^A-Za-z0-9]", ""), wrongCode));
    }
}
