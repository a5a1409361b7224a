package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.ProviderException;
import java.security.UnrecoverableKeyException;
import javax.security.auth.login.FailedLoginException;
import org.junit.jupiter.api.Test;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;

/**
 * Token conditions SoftHSM cannot produce (a locked PIN, a token pulled out, an empty slot),
 * given as SunPKCS11 reports them: the token's CKR_ code as the message of an exception deep
 * in the cause chain (the JDK's PKCS11Exception is internal, so a plain exception carries it).
 */
class TokenErrorsTest {
    private static final Messages VI = Messages.of(Language.VI);

    private static Throwable loginFailure(String ckr) {
        FailedLoginException login = new FailedLoginException();
        login.initCause(new Exception(ckr));
        UnrecoverableKeyException key = new UnrecoverableKeyException();
        key.initCause(login);
        return new IOException("load failed", key);
    }

    @Test
    void theTokenReturnCodeDecidesTheSentence() {
        assertThat(TokenErrors.opening(loginFailure("CKR_PIN_LOCKED"), "lib.so", 0).key()).isEqualTo("sign.pin.locked");
        assertThat(TokenErrors.opening(loginFailure("CKR_PIN_INCORRECT"), "lib.so", 0).key()).isEqualTo("sign.pin.wrong");
        assertThat(TokenErrors.opening(loginFailure("CKR_PIN_LEN_RANGE"), "lib.so", 0).key()).isEqualTo("sign.pin.wrong");
        assertThat(TokenErrors.opening(loginFailure("CKR_PIN_EXPIRED"), "lib.so", 0).key()).isEqualTo("sign.pin.expired");
        assertThat(TokenErrors.opening(new ProviderException("Initialization failed", new Exception("CKR_TOKEN_NOT_PRESENT")),
                "lib.so", 2).localized(VI)).contains("khe 2").contains("cắm token");
        assertThat(TokenErrors.signing(new RuntimeException(new Exception("CKR_DEVICE_REMOVED")), "lib.so #0").key())
                .isEqualTo("sign.token.removed");
        assertThat(TokenErrors.signing(new RuntimeException(new Exception("CKR_FUNCTION_FAILED")), "lib.so #0")
                .localized(VI)).contains("CKR_FUNCTION_FAILED");
        assertThat(TokenErrors.signing(new IllegalStateException("a bug"), "lib.so #0"))
                .as("not the token: no user sentence, the failure travels on").isNull();
    }

    @Test
    void aLibraryThatFailsToLoadIsNamedUnlessTheTokenSaidWhy() {
        assertThat(TokenErrors.loading(new ProviderException("Initialization failed", new IOException("invalid ELF header")),
                "/opt/x.so", 0).localized(VI)).contains("/opt/x.so").contains("không phải thư viện PKCS#11");
        assertThat(TokenErrors.loading(new ProviderException("Initialization failed",
                new Exception("CKR_TOKEN_NOT_RECOGNIZED")), "/opt/x.so", 1).key()).isEqualTo("sign.token.notInitialized");
    }
}
