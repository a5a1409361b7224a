package vn.motcua.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;

class OfficeKeysTest {
    @TempDir
    Path tmp;

    private OfficeKeys keys(String pc) {
        return new OfficeKeys(tmp.resolve("data"), new MachineKeys(tmp.resolve(pc)));
    }

    @Test
    void aNewKeyIsKeptOnThePcOwnerOnlyAndOnlyNamedInTheDataDirectory() throws Exception {
        OfficeKeys here = keys("pc1");
        assertThat(here.encrypted()).isFalse();
        assertThat(here.unlock()).isEmpty();
        OfficeKey key = here.create();
        assertThat(here.unlock()).get().extracting(OfficeKey::id).isEqualTo(key.id());
        Path machineFile = here.machine().fileOf(key.id());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(machineFile))).isEqualTo("rw-------");
        String keyFile = Files.readString(here.file());
        assertThat(keyFile).contains(key.id()).doesNotContain(Base64.getEncoder().encodeToString(key.bytes()));
        assertThat(here.status()).isEqualTo(new OfficeKeys.Status(true, key.id(), true, false));
        assertThatThrownBy(here::create).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherPcNeedsTheRecoveryPassphraseAndAWrongOneChangesNothing() throws Exception {
        OfficeKey key = keys("pc1").create();
        OfficeKeys there = keys("pc2");
        assertThatThrownBy(there::unlock).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("encryption.keyNotOnThisPc"));
        assertThatThrownBy(() -> there.unlockWithPassphrase("bất kỳ cụm nào".toCharArray()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("encryption.noRecovery"));
        assertThatThrownBy(() -> keys("pc1").setRecoveryPassphrase(key, "ngắn".toCharArray()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("encryption.passphraseTooShort"));
        keys("pc1").setRecoveryPassphrase(key, "Cầu Long Biên lúc năm giờ".toCharArray());
        String before = Files.readString(there.file());
        assertThatThrownBy(() -> there.unlockWithPassphrase("Cầu Long Biên lúc sáu giờ".toCharArray()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("encryption.wrongPassphrase"));
        assertThat(Files.readString(there.file())).isEqualTo(before);
        assertThat(there.machine().fileOf(key.id())).doesNotExist();

        OfficeKey opened = there.unlockWithPassphrase("Cầu Long Biên lúc năm giờ".toCharArray());
        assertThat(opened.bytes()).isEqualTo(key.bytes());
        assertThat(there.unlock()).get().extracting(OfficeKey::id).isEqualTo(key.id());
        assertThat(there.status().recoverySlot()).isTrue();
    }

    @Test
    void aDamagedKeyFileOrAForeignKeyIsRefusedWithTheFileNamed() throws Exception {
        OfficeKeys here = keys("pc1");
        OfficeKey key = here.create();
        assertThatThrownBy(() -> here.install(OfficeKey.generate())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("encryption.otherKey"));
        assertThat(here.unlock()).get().extracting(OfficeKey::id).isEqualTo(key.id());
        Files.writeString(here.file(), "{\"format\":1,");
        assertThatThrownBy(here::unlock).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("encryption.keyFileDamaged");
            assertThat(e.args()[0].toString()).isEqualTo(here.file().toString());
        });
    }

    @Test
    void purposeKeysDifferAndTheFilePasswordIsStable() {
        OfficeKey key = OfficeKey.generate();
        OfficeKey same = OfficeKey.of(key.bytes());
        assertThat(same.h2FilePassword()).isEqualTo(key.h2FilePassword());
        assertThat(key.subkey("documents").getEncoded()).isNotEqualTo(key.subkey("drafts").getEncoded());
        assertThat(key.toString()).doesNotContain(Base64.getEncoder().encodeToString(key.bytes()));
        assertThat(OfficeKey.generate().id()).isNotEqualTo(key.id());
    }

    @Test
    void thePcKeyFolderIsOutsideEveryDefaultDataDirectory() {
        assertThat(MachineKeys.folder(Map.of(), "Linux", "/home/an")).isEqualTo(Path.of("/home/an/.config/motcua/keys"));
        assertThat(MachineKeys.folder(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", "/home/an")).isEqualTo(Path.of("/cfg/motcua/keys"));
        assertThat(MachineKeys.folder(Map.of("APPDATA", "C:\\Users\\an\\AppData\\Roaming"), "Windows 11", "C:\\Users\\an"))
                .isEqualTo(Path.of("C:\\Users\\an\\AppData\\Roaming", "MotCua", "keys"));
        assertThat(MachineKeys.folder(Map.of(), "Mac OS X", "/Users/an")).isEqualTo(Path.of("/Users/an/Library/Preferences/MotCua/keys"));
        assertThat(MachineKeys.folder(Map.of("MOTCUA_KEYS", "/k"), "Linux", "/home/an")).isEqualTo(Path.of("/k"));
    }
}
