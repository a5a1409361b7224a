package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fee rules computed on worked examples; expected figures are computed here from the legal bands. */
class FeeRuleTest {
    private static final FeeRule CERTIFIED_COPY = new FeeRule(FeeKind.PER_PAGE, "PHI_CT", "Phí chứng thực bản sao", 0, 0,
            List.of(new PageBand(1, 2_000), new PageBand(3, 1_000)), 200_000, null);

    /** The legal rule written out page by page: 2,000 đ for pages 1–2, 1,000 đ from page 3, at most 200,000 đ a copy. */
    private static long legalPerCopy(int pages) {
        long sum = 0;
        for (int page = 1; page <= pages; page++) {
            sum += page <= 2 ? 2_000 : 1_000;
        }
        return Math.min(200_000, sum);
    }

    private static long total(List<FeeLine> lines) {
        return lines.stream().mapToLong(FeeLine::amount).sum();
    }

    @Test
    void threeCopiesOfAFivePageDocument() {
        long expected = 3 * (2 * 2_000 + 3 * 1_000); // 21,000 đ
        List<FeeLine> lines = CERTIFIED_COPY.compute(1, List.of(new ComponentQuantity("BC", 1, 3, 0, 5)));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).amount()).isEqualTo(expected).isEqualTo(3 * legalPerCopy(5));
        assertThat(lines.get(0).code()).isEqualTo("PHI_CT");
        assertThat(lines.get(0).name()).contains("BC").contains("3 bản").contains("5 trang");
    }

    @Test
    void theCapAppliesPerCopyNotPerDossier() {
        // 300 pages: 4,000 + 298,000 = 302,000 đ a copy, capped at 200,000 đ; two copies → 400,000 đ
        List<FeeLine> lines = CERTIFIED_COPY.compute(1, List.of(new ComponentQuantity("BC", 1, 2, 0, 300)));
        assertThat(total(lines)).isEqualTo(2 * 200_000L).isEqualTo(2 * legalPerCopy(300));
        assertThat(CERTIFIED_COPY.perCopyOfPages(198)).isEqualTo(4_000 + 196 * 1_000).isEqualTo(legalPerCopy(198));
        assertThat(CERTIFIED_COPY.perCopyOfPages(199)).isEqualTo(200_000).isEqualTo(legalPerCopy(199));
    }

    @Test
    void everyPageCountAndCopyCountMatchesTheLegalRule() {
        for (int pages = 0; pages <= 260; pages++) {
            for (int copies = 0; copies <= 4; copies++) {
                List<ComponentQuantity> q = List.of(new ComponentQuantity("A", 1, copies, 0, pages),
                        new ComponentQuantity("B", 0, 1, 2, 1));
                assertThat(total(CERTIFIED_COPY.compute(1, q))).as("%d copies of %d pages", copies, pages)
                        .isEqualTo(copies * legalPerCopy(pages) + legalPerCopy(1));
            }
        }
    }

    @Test
    void componentsWithoutCertifiedCopiesCostNothing() {
        assertThat(CERTIFIED_COPY.compute(1, List.of(new ComponentQuantity("BS", 0, 0, 4, 10)))).isEmpty();
        assertThat(CERTIFIED_COPY.needsPages()).isTrue();
    }

    @Test
    void perCaseDependsOnTheChannel() {
        FeeRule residence = new FeeRule(FeeKind.PER_CASE, "LP_CU_TRU", "Lệ phí đăng ký cư trú", 20_000, 10_000, List.of(), 0, null);
        List<ComponentQuantity> none = List.of();
        assertThat(residence.compute(1, none)).containsExactly(new FeeLine("LP_CU_TRU", "Lệ phí đăng ký cư trú", 20_000));
        assertThat(residence.compute(2, none)).containsExactly(new FeeLine("LP_CU_TRU", "Lệ phí đăng ký cư trú", 10_000));
        assertThat(residence.compute(3, none)).extracting(FeeLine::amount).containsExactly(20_000L);
        assertThat(residence.describe()).isEqualTo("20.000 đồng/hồ sơ; nộp trực tuyến 10.000 đồng/hồ sơ");
        assertThat(residence.needsPages()).isFalse();
    }

    @Test
    void perCopyCountsCertifiedCopies() {
        FeeRule extract = new FeeRule(FeeKind.PER_COPY, "PHI_TL", "Phí bản sao trích lục", 8_000, 8_000, List.of(), 0, null);
        List<FeeLine> lines = extract.compute(1, List.of(new ComponentQuantity("TK", 1, 4, 0, 0),
                new ComponentQuantity("X", 0, 1, 0, 0)));
        assertThat(total(lines)).isEqualTo(5 * 8_000L);
        assertThat(extract.compute(1, List.of(new ComponentQuantity("TK", 1, 0, 0, 0)))).isEmpty();
    }

    @Test
    void freeProceduresOweNothing() {
        FeeRule free = FeeRule.free("Miễn lệ phí khi đăng ký đúng hạn");
        assertThat(free.compute(1, List.of(new ComponentQuantity("TK", 1, 2, 3, 4)))).isEmpty();
        assertThat(free.describe()).isEqualTo("Không thu phí, lệ phí (Miễn lệ phí khi đăng ký đúng hạn)");
    }

    @Test
    void theBandsAreDescribedInVietnamese() {
        assertThat(CERTIFIED_COPY.describe()).isEqualTo(
                "2.000 đồng/trang từ trang 1 đến trang 2; 1.000 đồng/trang từ trang 3; tối đa 200.000 đồng/bản");
    }

    @Test
    void anUnknownChannelOrANegativeCountIsAProgrammingError() {
        assertThatThrownBy(() -> CERTIFIED_COPY.compute(4, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CERTIFIED_COPY.compute(1, List.of(new ComponentQuantity("BC", 1, -1, 0, 3))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeRule(FeeKind.PER_PAGE, "P", "P", 0, 0, List.of(new PageBand(2, 1_000)), 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
