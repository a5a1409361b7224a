package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.TimeBudget;

/** The starter catalogue shipped in resources/catalog/: the 15 procedures of reference §6, valid data. */
class StarterCatalogTest {
    private final CatalogVersion starter = CatalogService.shippedOnly().current();

    @Test
    void allFifteenProceduresOfTheReferenceAreShipped() {
        assertThat(starter.version()).isEqualTo("starter-2025.07");
        assertThat(starter.procedures()).extracting(Procedure::code).containsExactlyInAnyOrder(
                "1.001193", "1.000894", "1.000656", "1.004873", "2.000635", "1.004859", "1.004837", "2.000986",
                "2.000815", "2.000884", "2.000908", "2.001035", "1.004222", "1.004194", "1.010038");
    }

    @Test
    void everyProcedureIsCompleteAndInNfc() {
        for (Procedure p : starter.procedures()) {
            assertThat(p.name()).as(p.code()).isNotBlank();
            assertThat(p.field()).as(p.code()).isIn("Hộ tịch", "Chứng thực", "Cư trú");
            assertThat(p.components()).as(p.code()).isNotEmpty();
            Set<String> codes = new HashSet<>();
            for (RequiredComponent c : p.components()) {
                assertThat(codes.add(c.code())).as(p.code() + " " + c.code()).isTrue();
                assertThat(Normalizer.isNormalized(c.name(), Normalizer.Form.NFC)).isTrue();
                if (c.source() == ComponentSource.COLLECT_PAPER) {
                    assertThat(c.originals() + c.certifiedCopies() + c.photocopies()).as(c.name()).isPositive();
                }
                if (c.source() == ComponentSource.LOOK_UP) { // looked up: never a paper copy
                    assertThat(c.originals() + c.certifiedCopies() + c.photocopies()).as(c.name()).isZero();
                }
                if (c.name().contains("thẻ căn cước") || c.name().startsWith("Thông tin cư trú")) {
                    assertThat(c.source()).as(p.code() + " " + c.name()).isEqualTo(ComponentSource.LOOK_UP);
                }
                if (c.name().contains("xuất trình")) {
                    assertThat(c.source()).as(c.name()).isEqualTo(ComponentSource.SHOW_ONLY);
                }
            }
            assertThat(Normalizer.isNormalized(p.name() + p.time().legalTimeText() + p.fee().describe(), Normalizer.Form.NFC))
                    .isTrue();
        }
    }

    @Test
    void timeRulesFollowTheReference() {
        assertThat(starter.find("1.001193").orElseThrow().time().budget()).isEqualTo(TimeBudget.sameDay(LocalTime.of(15, 0)));
        assertThat(starter.find("2.000815").orElseThrow().time().budget()).isEqualTo(TimeBudget.sameDay());
        assertThat(starter.find("1.004222").orElseThrow().time().budget()).isEqualTo(TimeBudget.workingDays(7));
        assertThat(starter.find("1.004194").orElseThrow().time().budget()).isEqualTo(TimeBudget.workingDays(3));
        assertThat(starter.find("1.004873").orElseThrow().time().budget()).isEqualTo(TimeBudget.workingDays(3));
        TimeRule bundle = starter.find("2.000986").orElseThrow().time();
        assertThat(bundle.budget()).isEqualTo(TimeBudget.workingDays(3));
        assertThat(bundle.startsNextDayAfter()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void feesFollowTheReference() {
        List<ComponentQuantity> none = List.of();
        assertThat(starter.find("1.004222").orElseThrow().fee().compute(1, none)).extracting(FeeLine::amount).containsExactly(20_000L);
        assertThat(starter.find("1.004222").orElseThrow().fee().compute(2, none)).extracting(FeeLine::amount).containsExactly(10_000L);
        assertThat(starter.find("1.004194").orElseThrow().fee().compute(2, none)).extracting(FeeLine::amount).containsExactly(7_000L);
        assertThat(starter.find("1.010038").orElseThrow().fee().compute(1, none)).extracting(FeeLine::amount).containsExactly(10_000L);
        assertThat(starter.find("2.000884").orElseThrow().fee().compute(1, none)).extracting(FeeLine::amount).containsExactly(10_000L);
        assertThat(starter.find("1.001193").orElseThrow().fee().compute(1, none)).isEmpty();
        FeeRule copies = starter.find("2.000815").orElseThrow().fee();
        // 3 certified copies of a 5-page document: (2 × 2,000 + 3 × 1,000) × 3
        assertThat(copies.compute(1, List.of(new ComponentQuantity("BC", 1, 3, 0, 5))))
                .extracting(FeeLine::amount).containsExactly(21_000L);
    }

    @Test
    void theCanonicalDocumentReadsBackToTheSameProcedures() {
        String document = CatalogJson.write(starter.version(), starter.source(), null, starter.procedures());
        assertThat(CatalogJson.read(document, "round-trip").procedures()).isEqualTo(starter.procedures());
    }

    @Test
    void theSpreadsheetTemplateCarriesTheSameProcedures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path xlsx = CatalogSheets.write(tmp.resolve("starter.xlsx"), starter.procedures());
        assertThat(CatalogFile.read(xlsx).procedures()).isEqualTo(starter.procedures());
    }
}
