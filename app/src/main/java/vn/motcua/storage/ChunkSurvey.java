package vn.motcua.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.DataUtils;

/**
 * Reads an H2 store file from start to end, in large sequential reads, for the newest chunk
 * whose header and footer are both on disk. H2's own full scan ({@code recoveryMode}) reads the
 * file backwards block by block and takes minutes on a file of gigabytes; this takes seconds.
 * It accepts every chunk H2's scan would (a header at a block start, the footer at the chunk's
 * end naming the same chunk and version, its checksum right) and maybe more, so "nothing newer
 * than H2's quick recovery here" is a safe reason to skip the full scan, never a wrong one.
 *
 * <p>Layout relied on (H2 MVStore format 3, 2.x): 4 KB blocks, two header blocks, a chunk starts
 * at a block with the text {@code chunk:ID,len:BLOCKS,…,version:V,…} and ends with a 128-byte
 * footer {@code chunk:ID,len:BLOCKS,version:V,fletcher:CHECKSUM}, numbers in hexadecimal.
 */
final class ChunkSurvey {
    private static final int BLOCK = 4096;
    private static final int HEADER_BLOCKS = 2;
    private static final int FOOTER = 128;
    private static final int MAX_HEADER = 1024;
    private static final int READ = 256 * BLOCK;
    private static final byte[] CHUNK = "chunk:".getBytes(StandardCharsets.ISO_8859_1);

    private ChunkSurvey() {
    }

    /** The newest version of a whole chunk in {@code mvFile}, or -1 when it holds none. */
    static long newestWholeChunk(Path mvFile) throws IOException {
        return newestWholeChunk(mvFile, null);
    }

    /** As {@link #newestWholeChunk(Path)} for a store H2 encrypted with {@code filePassword} (null: plain). */
    static long newestWholeChunk(Path mvFile, char[] filePassword) throws IOException {
        try (FileChannel ch = H2Files.openForReading(mvFile, filePassword)) {
            long blocks = ch.size() / BLOCK;
            ByteBuffer buffer = ByteBuffer.allocate(READ);
            long newest = -1;
            for (long first = HEADER_BLOCKS; first < blocks; first += READ / BLOCK) {
                buffer.clear();
                int want = (int) Math.min(READ, (blocks - first) * BLOCK);
                buffer.limit(want);
                readFully(ch, buffer, first * BLOCK);
                byte[] bytes = buffer.array();
                for (int at = 0; at < want; at += BLOCK) {
                    if (!startsWithChunk(bytes, at)) {
                        continue;
                    }
                    Map<String, String> header = fields(bytes, at, MAX_HEADER);
                    long version = hex(header.get("version"));
                    long len = hex(header.get("len"));
                    if (version > newest && len > 0 && footerMatches(ch, first + at / BLOCK + len, header.get("chunk"), version)) {
                        newest = version;
                    }
                }
            }
            return newest;
        }
    }

    private static boolean footerMatches(FileChannel ch, long endBlock, String id, long version) throws IOException {
        long position = endBlock * BLOCK - FOOTER;
        if (id == null || endBlock * BLOCK > ch.size()) {
            return false;
        }
        ByteBuffer footer = ByteBuffer.allocate(FOOTER);
        readFully(ch, footer, position);
        byte[] bytes = footer.array();
        if (!startsWithChunk(bytes, 0)) {
            return false;
        }
        Map<String, String> f = fields(bytes, 0, FOOTER);
        String text = new String(bytes, 0, FOOTER, StandardCharsets.ISO_8859_1);
        int checked = text.indexOf(",fletcher:");
        if (!id.equals(f.get("chunk")) || hex(f.get("version")) != version || checked < 0) {
            return false;
        }
        int checksum = DataUtils.getFletcher32(bytes, 0, checked);
        return hex(f.get("fletcher")) == (checksum & 0xffffffffL);
    }

    private static boolean startsWithChunk(byte[] bytes, int at) {
        for (int i = 0; i < CHUNK.length; i++) {
            if (bytes[at + i] != CHUNK[i]) {
                return false;
            }
        }
        return true;
    }

    /** The {@code key:value} pairs of the text at {@code at}, up to a new line or {@code max} bytes. */
    private static Map<String, String> fields(byte[] bytes, int at, int max) {
        int end = at;
        while (end < at + max && end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        Map<String, String> map = new HashMap<>();
        for (String field : new String(bytes, at, end - at, StandardCharsets.ISO_8859_1).trim().split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                map.put(field.substring(0, colon), field.substring(colon + 1).trim());
            }
        }
        return map;
    }

    private static long hex(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = ch.read(into, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        into.flip();
    }
}
