package vn.motcua.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftAutosaverTest {
    @TempDir
    Path tmp;

    private static IntakeDraft draft(UUID id, String name) {
        return new IntakeDraft(id, "2.000815", name, "", "", null, "", "", "", List.of(), "ACCEPT", "", "", 1, "IN_PERSON");
    }

    @Test
    void closingWritesTheDraftStillWaitingForItsDelay() {
        IntakeDraftStore store = new IntakeDraftStore(tmp.resolve("drafts/intake.json"), null);
        DraftAutosaver saver = new DraftAutosaver(store, 60_000);
        UUID id = UUID.randomUUID();
        saver.changed(draft(id, "Đặng Thị"));
        saver.changed(draft(id, "Đặng Thị Hoa"));
        assertThat(store.load().draft()).as("nothing written before the delay").isEmpty();

        assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();

        assertThat(store.load().draft()).contains(draft(id, "Đặng Thị Hoa"));
    }

    @Test
    void aFlushAfterADiscardLeavesNoDraft() {
        IntakeDraftStore store = new IntakeDraftStore(tmp.resolve("drafts/intake.json"), null);
        DraftAutosaver saver = new DraftAutosaver(store, 60_000);
        saver.changed(draft(UUID.randomUUID(), "Đặng Thị Hoa"));
        saver.discard();

        assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();

        assertThat(store.load().draft()).isEmpty();
    }

    @Test
    void theLastOfManyQuickChangesIsTheOneOnDisk() {
        IntakeDraftStore store = new IntakeDraftStore(tmp.resolve("drafts/intake.json"), null);
        DraftAutosaver saver = new DraftAutosaver(store, 0);
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 200; i++) {
            saver.changed(draft(id, "Tên " + i));
        }
        assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(store.load().draft()).contains(draft(id, "Tên 199"));
    }
}
