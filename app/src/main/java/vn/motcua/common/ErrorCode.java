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
        // The root cause's own frames first: where a fault is wrapped must not change its code.
        String site = firstOwnFrame(root);
        for (Throwable t = error; site == null && t != null; t = t.getCause() == t ? null : t.getCause()) {
            site = firstOwnFrame(t);
        }
        if (site != null) {
            key.append('|').append(site);
        }
        return encode(key.toString());
    }

    private static String firstOwnFrame(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("vn.motcua.")) {
                return frame.getClassName() + '#' + frame.getMethodName();
            }
        }
        return null;
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
