package vn.motcua.documents.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers each file's size and last-modified time from poll to poll: a file is stable once
 * both stayed the same for the quiet time, seen on at least two polls. Scanner software writes
 * page after page into the same file, so a file that stops growing for a moment is not done.
 */
final class QuietWatch {
    private record Seen(long size, FileTime modified, Instant since) {
    }

    private final Duration quiet;
    private final Map<Path, Seen> seen = new HashMap<>();

    QuietWatch(Duration quiet) {
        if (quiet.isNegative()) {
            throw new IllegalArgumentException("quiet time must not be negative: " + quiet);
        }
        this.quiet = quiet;
    }

    Duration quiet() {
        return quiet;
    }

    /** Records {@code present} as seen at {@code now}; returns those unchanged for the quiet time, in the given order. */
    List<Path> stable(List<Path> present, Instant now) {
        seen.keySet().retainAll(present);
        List<Path> ready = new ArrayList<>();
        for (Path p : present) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (IOException e) {
                seen.remove(p); // gone or renamed meanwhile
                continue;
            }
            Seen before = seen.get(p);
            if (before == null || before.size() != a.size() || !before.modified().equals(a.lastModifiedTime())) {
                seen.put(p, new Seen(a.size(), a.lastModifiedTime(), now));
            } else if (Duration.between(before.since(), now).compareTo(quiet) >= 0) {
                ready.add(p);
            }
        }
        return ready;
    }

    /** Forgets a file once it was claimed (a new file of the same name starts afresh). */
    void forget(Path p) {
        seen.remove(p);
    }
}
