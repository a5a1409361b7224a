package vn.motcua.testing;

import java.nio.file.Path;
import vn.motcua.AppContext;

/** Child process: opens the office database first (so it serves the file), until stdin closes. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (AppContext context = TestOffice.initialized(Path.of(args[0]))) {
            System.out.println("READY");
            System.out.flush();
            System.in.read();
        }
    }
}
