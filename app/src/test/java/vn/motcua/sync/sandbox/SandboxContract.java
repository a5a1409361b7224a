package vn.motcua.sync.sandbox;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.sync.http.HttpPortalAdapter;

/** A fresh sandbox portal per test and the desk's real HTTP adapter to it: the contract tests' common ground. */
abstract class SandboxContract {
    @TempDir
    Path dir;
    PortalHarness portal;
    HttpPortalAdapter desk;

    @BeforeEach
    void start() {
        portal = PortalHarness.start(dir);
        desk = portal.adapter();
    }

    @AfterEach
    void stop() {
        portal.close();
    }
}
