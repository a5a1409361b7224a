package vn.motcua.workcalendar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import vn.motcua.common.UserFacingException;

/**
 * The canonical form of an overlay text, so that the same announcement saved by another editor
 * (decomposed Vietnamese marks, Windows line ends, a byte-order mark) is recognised as the same
 * text: NFC, '\n' line ends, no byte-order mark, no trailing blank space, one final newline.
 * Line numbers are unchanged, so error messages point at the administrator's file.
 */
final class OverlayText {
    /** The size of the {@code calendar_overlay.text} column. */
    static final int MAX_CHARS = 200_000;

    private OverlayText() {
    }

    static String canonical(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\R", "\n");
        return s.stripTrailing() + "\n";
    }

    static String sha256(String canonicalText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads an administrator's file as strict UTF-8; a file in another encoding is refused by name. */
    static String read(Path file) {
        try {
            if (Files.size(file) > MAX_CHARS * 4L) {
                throw new UserFacingException("calendar.overlayTooLarge", String.valueOf(MAX_CHARS));
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "calendar.overlayMissing", file);
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "calendar.overlayNotUtf8", file);
        } catch (IOException e) {
            throw new UserFacingException(e, "calendar.overlayUnreadable", file, String.valueOf(e.getMessage()));
        }
    }
}
