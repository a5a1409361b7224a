package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.testing.TestOffice;

/**
 * A command on a data directory whose H2 file was left open by a crash says, before it opens
 * it, that it reads the file again for its newest save (minutes on a large office), and opens
 * the office with nothing lost; the next command, on a file closed cleanly, says nothing.
 */
class CrashScanCliTest {
    @TempDir
    Path tmp;

    @Test
    void aCommandAfterACrashSaysItScansTheFileAndTheOfficeOpensWhole() throws Exception {
        Path data = tmp.resolve("data");
        try (AppContext office = TestOffice.initialized(data)) {
            office.users().list();
        }
        try (Connection c = vn.motcua.testing.H2Login.connect(data.resolve("db").resolve("motcua"), ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
                Statement st = c.createStatement()) {
            st.execute("create table crash_probe (id int)");
            st.execute("drop table crash_probe");
            st.execute("SHUTDOWN IMMEDIATELY"); // the files as a power cut leaves them
        } catch (SQLException closedUnderUs) {
            // the connection ends with the database
        }

        CliRun first = CliRun.in(data, "user", "list");
        String scan = Messages.of(Language.VI).get("storage.crashScan", "0");
        String sentence = scan.substring(0, scan.indexOf('('));
        assertThat(first.err()).contains(sentence);
        assertThat(first.exit()).as(first.err()).isZero();

        CliRun second = CliRun.in(data, "user", "list");
        assertThat(second.err()).doesNotContain(sentence);
        try (AppContext reopened = TestOffice.open(data)) {
            assertThat(reopened.users().list()).isNotEmpty();
        }
    }
}
