package vn.motcua.documents.source;

import java.util.List;
import java.util.Locale;

/**
 * Names scanner software, browsers and office programs give files they are still writing, or
 * that are not documents at all: never taken from the hot folder, however stable they look.
 */
final class TemporaryNames {
    private static final List<String> SUFFIXES = List.of(".tmp", ".part", ".crdownload", ".partial");

    private TemporaryNames() {
    }

    static boolean isTemporary(String name) {
        if (name.startsWith(".") || name.startsWith("~$")) {
            return true; // dotfiles (our own .motcua too, editors' swap files) and Office lock files
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(lower::endsWith);
    }
}
