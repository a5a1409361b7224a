package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.testing.IntakeLoop;
import vn.motcua.testing.JavaProcess;
import vn.motcua.testing.TestOffice;

/**
 * Two desks (two processes) receiving at once on one office database (H2 in mixed mode): every
 * code is handed out once, the day's sequence has no gap, and each desk got what it printed.
 */
class TwoDesksTest {
    private static final int EACH = 60;

    @TempDir
    Path dir;

    @Test
    void twoProcessesNeverShareOrSkipANumber() throws Exception {
        TestOffice.initialized(dir).close();
        Process first = JavaProcess.start(IntakeLoop.class, dir.toString(), String.valueOf(EACH));
        Process second = JavaProcess.start(IntakeLoop.class, dir.toString(), String.valueOf(EACH));
        List<String> printed = new ArrayList<>();
        printed.addAll(codes(first));
        printed.addAll(codes(second));
        assertThat(first.waitFor()).isZero();
        assertThat(second.waitFor()).isZero();

        assertThat(printed).hasSize(2 * EACH).doesNotHaveDuplicates();
        try (AppContext office = TestOffice.open(dir)) {
            List<Integer> seqs = office.database().sessionFactory().fromTransaction(s -> s.createNativeQuery(
                    "select seq from dossier order by seq", Integer.class).getResultList());
            assertThat(seqs).containsExactlyElementsOf(IntStream.rangeClosed(1, 2 * EACH).boxed().toList());
            List<String> stored = office.database().sessionFactory().fromTransaction(s -> s.createNativeQuery(
                    "select code from dossier", String.class).getResultList());
            assertThat(stored).containsExactlyInAnyOrderElementsOf(printed);
        }
    }

    private static List<String> codes(Process desk) throws Exception {
        List<String> codes = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(desk.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.equals("READY")) {
                    codes.add(line);
                }
            }
        }
        return codes;
    }
}
