package vn.motcua.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.common.UserFacingException;

class VietQrTest {
    private static final String CODE = "000.00.06.H56-250314-0001";

    @Test
    void crcIsCcittFalseWithItsPublishedCheckValue() {
        assertThat(VietQr.crc16("123456789")).isEqualTo("29B1");
        assertThat(VietQr.crc16("")).isEqualTo("FFFF");
        assertThat(VietQr.crc16("A")).isEqualTo(tableCrc("A"));
        assertThat(VietQr.crc16("00020101021238570010A000000727")).isEqualTo(tableCrc("00020101021238570010A000000727"));
    }

    @Test
    void thePayloadHasEveryFieldOfTheNapasProfileInOrder() {
        String p = VietQr.payload("970436", "0011001234567", 150_000, CODE);
        int at = 0;
        at = expect(p, at, "00", "01");
        at = expect(p, at, "01", "12");
        String merchant = "0010A000000727" + "0127" + "0006970436" + "0113" + "0011001234567" + "0208QRIBFTTA";
        at = expect(p, at, "38", merchant);
        at = expect(p, at, "53", "704");
        at = expect(p, at, "54", "150000");
        at = expect(p, at, "58", "VN");
        at = expect(p, at, "62", "0825" + CODE);
        assertThat(p.substring(at, at + 4)).isEqualTo("6304");
        assertThat(p).hasSize(at + 8);
        assertThat(p.substring(at + 4)).isEqualTo(tableCrc(p.substring(0, at + 4))).matches("[0-9A-F]{4}");
    }

    @Test
    void parseReadsTheFieldsBackIncludingNestedOnes() {
        Map<String, String> f = VietQr.parse(VietQr.payload("970436", "0011001234567", 150_000, CODE));
        assertThat(f).containsEntry("00", "01").containsEntry("01", "12")
                .containsEntry("38.00", "A000000727").containsEntry("38.01.00", "970436")
                .containsEntry("38.01.01", "0011001234567").containsEntry("38.02", "QRIBFTTA")
                .containsEntry("53", "704").containsEntry("54", "150000").containsEntry("58", "VN")
                .containsEntry("62.08", CODE);
        assertThat(f.get("63")).matches("[0-9A-F]{4}");
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String p = VietQr.payload("970436", "0011001234567", 150_000, CODE);
        String moreMoney = p.replace("5406150000", "5406950000");
        assertThatThrownBy(() -> VietQr.parse(moreMoney)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("fees.vietqr.badCrc"));
        assertThatThrownBy(() -> VietQr.parse(p.substring(0, p.length() - 1))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> VietQr.parse("hello")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("fees.vietqr.malformed"));
        // a correct CRC over a broken structure: length 99 runs past the end
        String broken = "000201019912" + "6304";
        String withCrc = broken + VietQr.crc16(broken);
        assertThatThrownBy(() -> VietQr.parse(withCrc)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("fees.vietqr.malformed"));
    }

    @Test
    void badSettingsAndValuesAreRefusedNamingThem() {
        assertKey(() -> VietQr.payload("97043", "0011001234567", 1, CODE), "fees.vietqr.badBin");
        assertKey(() -> VietQr.payload("97043A", "0011001234567", 1, CODE), "fees.vietqr.badBin");
        assertKey(() -> VietQr.payload("970436", "", 1, CODE), "fees.vietqr.badAccount");
        assertKey(() -> VietQr.payload("970436", "0011 0012", 1, CODE), "fees.vietqr.badAccount");
        assertKey(() -> VietQr.payload("970436", "12345678901234567890", 1, CODE), "fees.vietqr.badAccount");
        assertKey(() -> VietQr.payload("970436", "0011001234567", 0, CODE), "fees.vietqr.badAmount");
        assertKey(() -> VietQr.payload("970436", "0011001234567", -5, CODE), "fees.vietqr.badAmount");
        assertKey(() -> VietQr.payload("970436", "0011001234567", 1, "Lệ phí chứng thực"), "fees.vietqr.badPurpose");
        assertKey(() -> VietQr.payload("970436", "0011001234567", 1, CODE + "X"), "fees.vietqr.badPurpose");
    }

    @Test
    void withoutPurposeThereIsNoAdditionalDataField() {
        Map<String, String> f = VietQr.parse(VietQr.payload("970436", "0011001234567", 2_000, " "));
        assertThat(f).doesNotContainKey("62").containsEntry("54", "2000");
    }

    private static void assertKey(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    private static int expect(String payload, int at, String tag, String value) {
        assertThat(payload.substring(at, at + 2)).as("tag at " + at).isEqualTo(tag);
        assertThat(Integer.parseInt(payload.substring(at + 2, at + 4))).as("length of " + tag).isEqualTo(value.length());
        assertThat(payload.substring(at + 4, at + 4 + value.length())).as("value of " + tag).isEqualTo(value);
        return at + 4 + value.length();
    }

    /** A table-driven CRC-16/CCITT-FALSE written independently of the production code. */
    private static String tableCrc(String text) {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int v = i << 8;
            for (int k = 0; k < 8; k++) {
                v = (v & 0x8000) != 0 ? (v << 1) ^ 0x1021 : v << 1;
            }
            table[i] = v & 0xFFFF;
        }
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc = ((crc << 8) ^ table[((crc >> 8) ^ b) & 0xFF]) & 0xFFFF;
        }
        return String.format("%04X", crc);
    }
}
