package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(2_000);

    @Test
    void matchesOnlyTheRightPasswordAndSaltsEachHash() {
        String a = hasher.hash("mật khẩu".toCharArray());
        String b = hasher.hash("mật khẩu".toCharArray());
        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256$2000$");
        assertThat(hasher.matches("mật khẩu".toCharArray(), a)).isTrue();
        assertThat(hasher.matches("mat khau".toCharArray(), a)).isFalse();
        assertThat(hasher.matches("mật khẩu".toCharArray(), "garbage")).isFalse();
    }

    @Test
    void theStoredIterationCountIsUsedSoItCanBeRaisedLater() {
        String old = new PasswordHasher(1_000).hash("secret-1".toCharArray());
        assertThat(new PasswordHasher(50_000).matches("secret-1".toCharArray(), old)).isTrue();
    }

    @Test
    void hashesMadeWithFewerIterationsThanTodaysAreUpgraded() {
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000); // OWASP, PBKDF2-HMAC-SHA256
        String old = new PasswordHasher(1_000).hash("secret-1".toCharArray());
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("secret-1".toCharArray()))).isFalse();
        assertThat(new PasswordHasher(1_000).needsRehash(hasher.hash("secret-1".toCharArray()))).isFalse();
        assertThat(hasher.needsRehash("bcrypt$whatever")).isTrue();
    }
}
