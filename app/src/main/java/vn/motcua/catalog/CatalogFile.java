package vn.motcua.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.motcua.common.UserFacingException;

/**
 * Reads an administrator's catalogue file and tells JSON from XLSX by its content, not its
 * name: a spreadsheet is a ZIP package ("PK"), a JSON catalogue is UTF-8 text starting with '{'.
 */
final class CatalogFile {
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private CatalogFile() {
    }

    static ParsedCatalog read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new UserFacingException("catalog.fileTooLarge", name, String.valueOf(MAX_BYTES / 1024 / 1024));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "catalog.fileMissing", path.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "catalog.fileUnreadable", path.toString(), String.valueOf(e.getMessage()));
        }
        return parse(bytes, name);
    }

    static ParsedCatalog parse(byte[] bytes, String name) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return CatalogXlsx.read(bytes, name);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "catalog.unknownFormat", name);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.stripLeading().startsWith("{")) {
            throw new UserFacingException("catalog.unknownFormat", name);
        }
        return CatalogJson.read(text, name);
    }
}
