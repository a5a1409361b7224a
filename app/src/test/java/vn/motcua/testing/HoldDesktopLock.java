package vn.motcua.testing;

import java.nio.file.Path;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.DesktopLock;

/** Child process for lock tests: takes the desktop lock, says so, holds it until stdin closes. */
public final class HoldDesktopLock {
    private HoldDesktopLock() {
    }

    public static void main(String[] args) throws Exception {
        try (DesktopLock lock = DesktopLock.acquire(new DataDirectory(Path.of(args[0])).prepare())) {
            System.out.println("LOCKED");
            System.out.flush();
            System.in.read();
        }
    }
}
