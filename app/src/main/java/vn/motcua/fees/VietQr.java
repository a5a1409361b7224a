package vn.motcua.fees;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.motcua.common.UserFacingException;

/**
 * The VietQR text of a bank transfer to the commune's account (reference §12): the NAPAS profile
 * of the EMVCo merchant-presented QR, built offline. Tag-length-value fields, two-digit tags and
 * lengths, ending in a CRC-16/CCITT-FALSE over the whole text including {@code 6304}.
 */
public final class VietQr {
    static final String NAPAS_GUID = "A000000727";
    static final String TRANSFER_TO_ACCOUNT = "QRIBFTTA";
    static final int MAX_PURPOSE = 25;
    static final int MAX_ACCOUNT = 19;
    /** EMVCo caps the amount field at 13 characters. */
    static final long MAX_AMOUNT = 9_999_999_999_999L;

    private VietQr() {
    }

    /**
     * The text for a transfer of {@code amountDong} to {@code accountNumber} at the bank
     * {@code bankBin}, with {@code purpose} (the dossier code) as the transfer text.
     *
     * @throws UserFacingException naming the wrong setting or value
     */
    public static String payload(String bankBin, String accountNumber, long amountDong, String purpose) {
        String bin = bankBin == null ? "" : bankBin.strip();
        if (!bin.matches("[0-9]{6}")) {
            throw new UserFacingException("fees.vietqr.badBin", bin);
        }
        String account = accountNumber == null ? "" : accountNumber.strip();
        if (!account.matches("[0-9A-Za-z]{1," + MAX_ACCOUNT + "}")) {
            throw new UserFacingException("fees.vietqr.badAccount", String.valueOf(MAX_ACCOUNT));
        }
        if (amountDong <= 0 || amountDong > MAX_AMOUNT) {
            throw new UserFacingException("fees.vietqr.badAmount", amountDong);
        }
        String text = purpose == null ? "" : purpose.strip();
        if (text.length() > MAX_PURPOSE || !text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new UserFacingException("fees.vietqr.badPurpose", text, String.valueOf(MAX_PURPOSE));
        }
        String beneficiary = tlv("00", bin) + tlv("01", account);
        String merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", TRANSFER_TO_ACCOUNT);
        StringBuilder out = new StringBuilder()
                .append(tlv("00", "01"))
                .append(tlv("01", "12"))
                .append(tlv("38", merchant))
                .append(tlv("53", "704"))
                .append(tlv("54", Long.toString(amountDong)))
                .append(tlv("58", "VN"));
        if (!text.isEmpty()) {
            out.append(tlv("62", tlv("08", text)));
        }
        out.append("6304");
        return out.append(crc16(out.toString())).toString();
    }

    /** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor) of the UTF-8 bytes. */
    public static String crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    /**
     * Reads a VietQR text back into its fields, after checking its CRC: top-level tags as
     * {@code "54"}, the merchant-account and additional-data templates also field by field as
     * {@code "38.00"}, {@code "38.01.00"} (bank BIN), {@code "38.01.01"} (account),
     * {@code "62.08"} (purpose). Used to check a text before it is shown and in tests.
     *
     * @throws UserFacingException when the text is not well formed or its CRC is wrong
     */
    public static Map<String, String> parse(String payload) {
        String p = payload == null ? "" : payload.strip();
        int crcAt = p.length() - 8;
        if (crcAt < 0 || !p.startsWith("6304", crcAt)) {
            throw new UserFacingException("fees.vietqr.malformed");
        }
        if (!crc16(p.substring(0, crcAt + 4)).equalsIgnoreCase(p.substring(crcAt + 4))) {
            throw new UserFacingException("fees.vietqr.badCrc");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        read(p, "", fields, 0);
        return fields;
    }

    private static void read(String text, String prefix, Map<String, String> into, int depth) {
        int i = 0;
        while (i < text.length()) {
            if (i + 4 > text.length() || !isTwoDigits(text, i) || !isTwoDigits(text, i + 2)) {
                throw new UserFacingException("fees.vietqr.malformed");
            }
            String tag = text.substring(i, i + 2);
            int length = Integer.parseInt(text.substring(i + 2, i + 4));
            if (i + 4 + length > text.length()) {
                throw new UserFacingException("fees.vietqr.malformed");
            }
            String value = text.substring(i + 4, i + 4 + length);
            String key = prefix + tag;
            if (into.put(key, value) != null) {
                throw new UserFacingException("fees.vietqr.malformed");
            }
            if (isTemplate(key, depth, into)) {
                read(value, key + ".", into, depth + 1);
            }
            i += 4 + length;
        }
    }

    /** Merchant account templates (26-51), additional data (62), and the NAPAS beneficiary (xx.01). */
    private static boolean isTemplate(String key, int depth, Map<String, String> read) {
        if (depth == 0) {
            int tag = Integer.parseInt(key);
            return (tag >= 26 && tag <= 51) || tag == 62;
        }
        if (depth == 1) {
            int parent = Integer.parseInt(key.substring(0, 2));
            return parent >= 26 && parent <= 51 && key.endsWith(".01")
                    && NAPAS_GUID.equals(read.get(key.substring(0, 2) + ".00"));
        }
        return false;
    }

    private static boolean isTwoDigits(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        return a >= '0' && a <= '9' && b >= '0' && b <= '9';
    }

    private static String tlv(String tag, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("VietQR field " + tag + " longer than 99");
        }
        return tag + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }
}
