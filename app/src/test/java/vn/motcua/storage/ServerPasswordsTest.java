package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;

class ServerPasswordsTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/motcua";

    @TempDir
    Path tmp;

    @Test
    void theSavedPasswordIsSealedAndOpensWithTheDirectorysKeyOnly() {
        DataDirectory here = new DataDirectory(tmp.resolve("a")).prepare();
        ServerConnection sealed = ServerPasswords.sealed(here, new ServerConnection(URL, "motcua", "Mật-khẩu máy chủ 7"));
        assertThat(sealed.password()).startsWith(ServerPasswords.PREFIX).doesNotContain("khẩu").doesNotContain("chủ");
        assertThat(ServerPasswords.opened(here, sealed).password()).isEqualTo("Mật-khẩu máy chủ 7");
        assertThat(ServerPasswords.sealed(here, new ServerConnection(URL, "motcua", "Mật-khẩu máy chủ 7")).password())
                .as("a fresh nonce each time").isNotEqualTo(sealed.password());

        DataDirectory other = new DataDirectory(tmp.resolve("b")).prepare();
        ServerPasswords.sealed(other, new ServerConnection(URL, "x", "y")); // gives b its own key
        assertThatThrownBy(() -> ServerPasswords.opened(other, sealed)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("db.passwordUnreadable"));
        String tampered = sealed.password().substring(0, sealed.password().length() - 4) + "AAAA";
        assertThatThrownBy(() -> ServerPasswords.opened(here, new ServerConnection(URL, "motcua", tampered)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("db.passwordUnreadable"));
    }

    @Test
    void aPasswordAnOlderDeskWroteInClearStillOpens() {
        DataDirectory here = new DataDirectory(tmp.resolve("a")).prepare();
        assertThat(ServerPasswords.opened(here, new ServerConnection(URL, "motcua", "cu")).password()).isEqualTo("cu");
    }
}
