package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.fees.VietQr;

/** The separator QR text: what is written is read back, and nothing else passes for a separator. */
class SeparatorCodeTest {

    @Test
    void formatThenParseGivesTheCodesBack() {
        String text = SeparatorCode.format("000.00.25.H40-260105-0007", "CT01");
        assertThat(text).isEqualTo("MOTCUA-SEP|000.00.25.H40-260105-0007|CT01");
        assertThat(SeparatorCode.parse(text)).contains(new SeparatorCode("000.00.25.H40-260105-0007", "CT01"));
    }

    @Test
    void randomCodesRoundTrip() {
        Random random = new Random(20260105L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_/đĐ";
        for (int n = 0; n < 500; n++) {
            String dossier = word(random, alphabet, 1 + random.nextInt(30));
            String component = word(random, alphabet, 1 + random.nextInt(10));
            String text = SeparatorCode.format(dossier, component);
            assertThat(SeparatorCode.parse(text)).as(text).contains(new SeparatorCode(dossier, component));
            assertThat(SeparatorCode.parse("  " + text + "\r\n")).as(text).contains(new SeparatorCode(dossier, component));
        }
    }

    @Test
    void whitespaceAroundFieldsIsTolerated() {
        assertThat(SeparatorCode.parse(" MOTCUA-SEP | HS-01 |\tGTTT \n")).contains(new SeparatorCode("HS-01", "GTTT"));
    }

    @Test
    void otherQrTextsAreRejected() {
        for (String other : new String[] {null, "", "   ", "MOTCUA-SEP", "MOTCUA-SEP|HS-01", "MOTCUA-SEP|HS-01|",
                "MOTCUA-SEP||CT01", "MOTCUA-SEP|HS-01|CT01|extra", "motcua-sep|HS-01|CT01", "OTHER|HS-01|CT01",
                "MOTCUA-SEP|HS 01|CT01", "https://dichvucong.example.vn/tra-cuu?ma=HS-01",
                "001099012345|Nguyễn Văn An|01011990|Nam|Xã Vụ Bản|01012021"}) {
            assertThat(SeparatorCode.parse(other)).as(String.valueOf(other)).isEmpty();
        }
        assertThat(SeparatorCode.parse(VietQr.payload("970436", "0011004455667", 50_000, "HS01"))).isEmpty();
    }

    @Test
    void codesThatCannotBeReadBackAreRefused() {
        assertThatThrownBy(() -> SeparatorCode.format("HS|01", "CT01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeparatorCode.format("HS 01", "CT01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeparatorCode.format("HS-01", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
