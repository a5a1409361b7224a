package vn.motcua.sync.kill;

import java.nio.file.Path;
import vn.motcua.AppContext;
import vn.motcua.sync.SyncRunner;
import vn.motcua.testing.TestOffice;

/**
 * Child process for {@link KilledDeskLeaseTest}: {@code DESK_DIR}. Takes the office's sync
 * runner lease with one run of a runner made as the desktop makes it, prints
 * {@code HELD <holder>}, and keeps running (holding the lease) until killed.
 */
public final class LeaseHolder {
    private LeaseHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (AppContext desk = TestOffice.open(Path.of(args[0]))) {
            SyncRunner.RunReport report = desk.sync().runner().runOnce();
            System.out.println((report.ran() ? "HELD " : "REFUSED ") + report.holder());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
