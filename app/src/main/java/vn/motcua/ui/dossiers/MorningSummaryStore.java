package vn.motcua.ui.dossiers;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * Remembers, per user, the last day the morning summary was shown (a small properties file in
 * the data directory), so it comes once a day and not at every log-in. A file that cannot be
 * read or written costs at most one extra summary: it never stops the desk.
 */
final class MorningSummaryStore {
    private final Path file;

    MorningSummaryStore(Path file) {
        this.file = file;
    }

    /** True when {@code username} has not seen the summary on {@code day}. */
    synchronized boolean due(String username, LocalDate day) {
        return !day.toString().equals(read().getProperty(username));
    }

    synchronized void shown(String username, LocalDate day) {
        Properties p = read();
        p.setProperty(username, day.toString());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "morning", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "last day the morning summary was shown, per user");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LoggerFactory.getLogger(MorningSummaryStore.class).warn("could not remember the morning summary in {}", file, e);
        }
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LoggerFactory.getLogger(MorningSummaryStore.class).warn("could not read {}", file, e);
            }
        }
        return p;
    }
}
