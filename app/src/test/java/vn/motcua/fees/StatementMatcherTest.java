package vn.motcua.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementMatcherTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private final Map<String, Long> expected = new LinkedHashMap<>();

    {
        expected.put("000.00.06.H56-250314-0001", 10_000L);
        expected.put("000.00.06.H56-250314-0002", 4_000L);
        expected.put("000.00.06.H56-250314-0010", 20_000L);
    }

    private static StatementLine line(int row, long amount, String description, String reference) {
        return new StatementLine(row, DAY, amount, description, reference);
    }

    @Test
    void codesAreFoundWhateverTheBankDidToPunctuationAndCase() {
        List<StatementLine> lines = List.of(
                line(2, 10_000, "MBVCB.123 0000006H562503140001 NGUYEN VAN AN chuyen tien", null),
                line(3, 4_000, "le phi 0000006h56 250314 0002", "FT1"),
                line(4, 20_000, "IBFT", "000.00.06.H56-250314-0010"));
        StatementMatch m = StatementMatcher.match(lines, expected);
        assertThat(m.matched()).extracting(PaymentMatch::dossierCode)
                .containsExactly("000.00.06.H56-250314-0001", "000.00.06.H56-250314-0002", "000.00.06.H56-250314-0010");
        assertThat(m.matched()).allMatch(PaymentMatch::amountMatches);
        assertThat(m.unmatched()).isEmpty();
    }

    @Test
    void aDifferentAmountIsMatchedButFlagged() {
        StatementMatch m = StatementMatcher.match(List.of(line(2, 8_000, "0000006H562503140001", null)), expected);
        assertThat(m.matched()).singleElement().satisfies(p -> {
            assertThat(p.dossierCode()).isEqualTo("000.00.06.H56-250314-0001");
            assertThat(p.amountMatches()).isFalse();
            assertThat(p.line().amount()).isEqualTo(8_000);
        });
    }

    @Test
    void moneyWithoutACodeOrWithTwoCodesIsLeftForTheClerkAndMoneyPaidOutIsIgnored() {
        StatementLine none = line(2, 5_000, "chuyen tien", null);
        StatementLine two = line(3, 14_000, "0000006H562503140001 va 0000006H562503140002", null);
        StatementLine out = line(4, -20_000, "0000006H562503140010", null);
        StatementMatch m = StatementMatcher.match(List.of(none, two, out), expected);
        assertThat(m.matched()).isEmpty();
        assertThat(m.unmatched()).containsExactly(none, two);
    }

    @Test
    void aCodeInsideALongerCodeIsNotASecondCode() {
        Map<String, Long> codes = Map.of("H56-250314-001", 1L, "H56-250314-0012", 2L);
        StatementMatch m = StatementMatcher.match(List.of(line(2, 2, "H562503140012", null)), codes);
        assertThat(m.matched()).singleElement().satisfies(p -> {
            assertThat(p.dossierCode()).isEqualTo("H56-250314-0012");
            assertThat(p.amountMatches()).isTrue();
        });
    }
}
