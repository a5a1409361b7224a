package vn.motcua.signing;

/**
 * The /ByteRange of a signature: [0, a, b, c] signs bytes 0..a and b..b+c, and the gap a..b must
 * be exactly the hex string of /Contents, angle brackets included. A range that skips anything
 * else would let someone change unsigned bytes of the document.
 */
final class ByteRanges {
    private ByteRanges() {
    }

    static boolean valid(int[] range, byte[] file) {
        if (range == null || range.length != 4 || range[0] != 0) {
            return false;
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        if (gapStart <= 0 || gapEnd <= gapStart + 1 || range[3] < 0 || gapEnd + range[3] > file.length) {
            return false;
        }
        if (file[(int) gapStart] != '<' || file[(int) gapEnd - 1] != '>') {
            return false;
        }
        for (int i = (int) gapStart + 1; i < gapEnd - 1; i++) {
            if (Character.digit(file[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The signed bytes: everything in the range, the /Contents gap left out. */
    static byte[] signedBytes(int[] range, byte[] file) {
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(file, range[0], signed, 0, range[1]);
        System.arraycopy(file, range[2], signed, range[1], range[3]);
        return signed;
    }
}
