package vn.motcua.documents;

/**
 * What a PDF needs to embed a JPEG as it is — size, components, stated resolution — read from
 * the markers before the first scan. ImageIO's metadata reader scans the whole compressed stream
 * byte by byte for markers, which made it most of the time of a 300-dpi import; this reads a few
 * hundred bytes. Anything unusual (CMYK/YCCK, 12-bit, arithmetic or lossless coding, a damaged
 * header) gives {@code null}, and the caller takes the slower general path.
 *
 * @param dpi the JFIF density in dots per inch, 0 when the file states none or an implausible one
 */
record JpegHeader(int width, int height, int components, float dpi) {
    private static final int SOI = 0xD8;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;

    /** The header of {@code jpeg}, or {@code null} when the fast path should not be used. */
    static JpegHeader read(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != SOI) {
            return null;
        }
        float dpi = 0;
        int i = 2;
        while (i + 4 <= jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            int length = u16(jpeg, i + 2);
            int body = i + 4;
            if (length < 2 || body + length - 2 > jpeg.length || marker == SOS) {
                return null; // no frame header before the scan, or a segment running past the end
            }
            if (marker == APP0 && length >= 14 && jfif(jpeg, body)) {
                dpi = density(jpeg[body + 7] & 0xFF, u16(jpeg, body + 8));
            } else if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
                // baseline, extended or progressive Huffman: what a PDF reader's DCTDecode accepts
                if (length < 8 || (jpeg[body] & 0xFF) != 8) {
                    return null;
                }
                int height = u16(jpeg, body + 1);
                int width = u16(jpeg, body + 3);
                int components = jpeg[body + 5] & 0xFF;
                boolean plain = components == 1 || components == 3;
                return plain && width > 0 && height > 0 ? new JpegHeader(width, height, components, dpi) : null;
            } else if (marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return null; // lossless or arithmetic coding
            }
            i = body + length - 2;
        }
        return null;
    }

    private static boolean jfif(byte[] b, int at) {
        return b[at] == 'J' && b[at + 1] == 'F' && b[at + 2] == 'I' && b[at + 3] == 'F' && b[at + 4] == 0;
    }

    /** JFIF units: 1 = dots per inch, 2 = dots per centimetre, 0 = aspect ratio only. */
    private static float density(int units, int x) {
        float dpi = switch (units) {
            case 1 -> x;
            case 2 -> x * 2.54f;
            default -> 0;
        };
        return dpi >= 50 && dpi <= 4800 ? dpi : 0;
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }
}
