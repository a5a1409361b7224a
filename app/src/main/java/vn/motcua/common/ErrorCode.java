package vn.motcua.common;

import java.util.zip.CRC32;

/**
 * A short, stable code for an unexpected error that a clerk can read over the phone
 * ("MC-7K2Q9D"). Made from the root cause's type and the first frame in our own code (no line
 * numbers), so the same fault gives the same code on every PC and in every build.
 */
public final class ErrorCode {
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private ErrorCode() {
    }

    public static String of(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder key = new StringBuilder(root.getClass().getName());
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("vn.motcua.")) {
                    key.append('|').append(frame.getClassName()).append('#').append(frame.getMethodName());
                    return encode(key.toString());
                }
            }
        }
        return encode(key.toString());
    }

    private static String encode(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long v = crc.getValue();
        StringBuilder code = new StringBuilder("MC-");
        for (int i = 0; i < 6; i++) {
            code.append(ALPHABET.charAt((int) (v & 31)));
            v >>>= 5;
        }
        return code.toString();
    }
}
