package vn.motcua.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.common.UserFacingException;

class BankStatementCsvTest {
    private static List<StatementLine> parse(String csv) {
        return BankStatementCsv.parse(new StringReader(csv));
    }

    @Test
    void vietnameseHeadersSemicolonsDottedThousandsAndABankPreamble() {
        String csv = """
                \uFEFFNGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM;;;;
                Số tài khoản: 0011001234567;;;;
                Từ ngày 01/03/2025 đến ngày 31/03/2025;;;;
                STT;Ngày giao dịch;Số tham chiếu;Số tiền ghi nợ;Số tiền ghi có;Số dư;Nội dung
                1;14/03/2025 10:22:31;FT25073ABC;;150.000;1.150.000;MBVCB.123 0000006H562503140001 NGUYEN VAN AN
                2;15/03/2025;FT25074XYZ;20.000;;1.130.000;Phi dich vu SMS
                ;;;;;;
                Tổng cộng;;;20.000;150.000;;
                """;
        assertThat(parse(csv)).containsExactly(
                new StatementLine(5, LocalDate.of(2025, 3, 14), 150_000, "MBVCB.123 0000006H562503140001 NGUYEN VAN AN",
                        "FT25073ABC"),
                new StatementLine(6, LocalDate.of(2025, 3, 15), -20_000, "Phi dich vu SMS", "FT25074XYZ"));
    }

    @Test
    void englishHeadersCommasQuotedCellsAndCommaThousands() {
        String csv = """
                Date,Description,Credit,Debit,Balance,Reference
                2025-03-14,"Transfer, 000.00.06.H56-250314-0002 le phi","1,000,000",,"5,000,000",TX1
                2025-03-14,"He said ""hi""
                on two lines",200000,,"5,200,000",
                """;
        assertThat(parse(csv)).containsExactly(
                new StatementLine(2, LocalDate.of(2025, 3, 14), 1_000_000, "Transfer, 000.00.06.H56-250314-0002 le phi", "TX1"),
                new StatementLine(3, LocalDate.of(2025, 3, 14), 200_000, "He said \"hi\"\non two lines", null));
    }

    @Test
    void aSignedAmountColumnWithDescriptionCalledDienGiai() {
        String nfd = Normalizer.normalize("Ngày;Số tiền;Diễn giải\r\n14/03/2025;+200.000 VND;Lệ phí\r\n15-03-2025;-50.000;Rút\r\n",
                Normalizer.Form.NFD);
        List<StatementLine> lines = parse(nfd);
        assertThat(lines).extracting(StatementLine::amount).containsExactly(200_000L, -50_000L);
        assertThat(lines.get(0).description()).isEqualTo("Lệ phí"); // NFC out
        assertThat(lines).extracting(StatementLine::reference).containsOnlyNulls();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.000.000|1000000", "1,000,000|1000000", "200000|200000", "1.000.000,00|1000000", "1,000,000.00|1000000",
        "200000.00|200000", "1 000 000|1000000", "(50.000)|-50000", "150.000 đ|150000", "0|0", "1.000|1000",
    })
    void amountsInTheShapesBanksWrite(String text, long expected) {
        assertThat(StatementValues.amount(text)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1.000,50", "12.34.56", "1,000.000,00", "1.0.0", "--5", "", "1e6"})
    void textThatIsNotWholeDongIsNotAnAmount(String text) {
        assertThat(StatementValues.amount(text)).isEmpty();
    }

    @Test
    void aBrokenAmountIsRefusedNamingTheRowAndTheColumn() {
        String csv = "Ngày;Số tiền;Nội dung\n14/03/2025;150.000;A\n14/03/2025;15O.000;B\n";
        assertThatThrownBy(() -> parse(csv)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("fees.statement.badAmount");
            assertThat(e.args()).containsExactly("3", "Số tiền", "15O.000");
        });
    }

    @Test
    void aBrokenDateIsRefusedNamingTheRowAndTheColumn() {
        String csv = "Date,Amount,Description\n2025-03-14,1,A\n31/02/2025,2,B\n";
        assertThatThrownBy(() -> parse(csv)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("fees.statement.badDate");
            assertThat(e.args()).containsExactly("3", "Date", "31/02/2025");
        });
    }

    @Test
    void aRowWithADateButNoAmountIsRefused() {
        assertThatThrownBy(() -> parse("Ngày;Ghi có;Nội dung\n14/03/2025;;A\n"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("fees.statement.badAmount");
                    assertThat(e.args()).containsExactly("2", "Ghi có", "");
                });
    }

    @Test
    void aFileWithoutARecognizableHeaderOrWithAnOpenQuoteIsRefused() {
        assertThatThrownBy(() -> parse("a;b;c\n1;2;3\n")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("fees.statement.noHeader"));
        assertThatThrownBy(() -> parse("Ngày;Số tiền;Nội dung\n14/03/2025;1;\"open\n15/03/2025;2;x\n"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("fees.statement.unclosedQuote");
                    assertThat(e.args()).containsExactly("2");
                });
    }
}
