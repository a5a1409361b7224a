package vn.motcua.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.SealedFile;
import vn.motcua.testing.Bytes;

/** With the drafts key the autosaved intake form is sealed on disk; older plain drafts still load, wrong-key ones are kept aside. */
class SealedIntakeDraftTest {
    private static final String NAME = "Đặng Thị Hoa";
    private static final String ID_NUMBER = "001203004567";

    @TempDir
    Path tmp;

    private final SecretKey key = OfficeKey.generate().subkey("drafts");

    private static IntakeDraft draft(UUID id) {
        return new IntakeDraft(id, "2.000815", NAME, ID_NUMBER, "", null, "", "", "", List.of(), "ACCEPT", "", "", 1, "IN_PERSON");
    }

    @Test
    void aDraftIsSealedOnDiskAndReloaded() throws Exception {
        Path file = tmp.resolve("drafts/intake.json");
        IntakeDraftStore store = new IntakeDraftStore(file, key);
        DraftAutosaver saver = new DraftAutosaver(store, 0);
        UUID id = UUID.randomUUID();
        saver.changed(draft(id));
        assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();

        byte[] onDisk = Files.readAllBytes(file);
        assertThat(SealedFile.isSealed(file)).isTrue();
        for (String clear : List.of(NAME, ID_NUMBER, "Hoa", "fullName")) {
            assertThat(Bytes.indexOf(onDisk, clear.getBytes(StandardCharsets.UTF_8))).as(clear).isEqualTo(-1);
        }
        assertThat(new IntakeDraftStore(file, key).load().draft()).contains(draft(id));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aPlainDraftFromBeforeEncryptionLoadsAndIsSealedAtTheNextSave() throws Exception {
        Path file = tmp.resolve("drafts/intake.json");
        UUID id = UUID.randomUUID();
        new IntakeDraftStore(file, null).save(draft(id));
        assertThat(Files.readString(file)).contains(NAME);

        IntakeDraftStore store = new IntakeDraftStore(file, key);
        IntakeDraftStore.Loaded loaded = store.load();
        assertThat(loaded.draft()).contains(draft(id));
        assertThat(loaded.setAside()).isNull();

        store.save(loaded.draft().orElseThrow());
        assertThat(SealedFile.isSealed(file)).isTrue();
        assertThat(store.load().draft()).contains(draft(id));
    }

    @Test
    void aDraftSealedWithAnotherKeyIsSetAsideNotLost() throws Exception {
        Path file = tmp.resolve("drafts/intake.json");
        new IntakeDraftStore(file, OfficeKey.generate().subkey("drafts")).save(draft(UUID.randomUUID()));
        byte[] sealed = Files.readAllBytes(file);

        IntakeDraftStore.Loaded loaded = new IntakeDraftStore(file, key).load();

        assertThat(loaded.draft()).isEmpty();
        assertThat(loaded.setAside()).isNotNull().hasBinaryContent(sealed);
        assertThat(file).doesNotExist();
    }

    @Test
    void aDamagedSealedDraftIsSetAsideAndTheFormStartsEmpty() throws Exception {
        Path file = tmp.resolve("drafts/intake.json");
        IntakeDraftStore store = new IntakeDraftStore(file, key);
        store.save(draft(UUID.randomUUID()));
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length - 1] ^= 0x40;
        Files.write(file, damaged);

        IntakeDraftStore.Loaded loaded = store.load();

        assertThat(loaded.draft()).isEmpty();
        assertThat(loaded.setAside()).hasBinaryContent(damaged);
    }
}
