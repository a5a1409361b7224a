package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;

/** Signing on a real PKCS#11 token (SoftHSM2) through SunPKCS11, and the token's failures. */
class TokenSigningTest {
    private static final Messages VI = Messages.of(Language.VI);
    private static SoftHsm hsm;

    @TempDir
    Path dir;

    @BeforeAll
    static void token() throws Exception {
        hsm = SoftHsm.token();
    }

    @Test
    void theTokenSignsAndTheKeyNeverLeavesIt() throws Exception {
        Path output = dir.resolve("signed.pdf");
        try (SigningKey key = SigningKeys.pkcs11(SoftHsm.LIBRARY, SoftHsm.SLOT, SoftHsm.PIN.toCharArray())) {
            assertThat(key.provider().getName()).startsWith("SunPKCS11");
            assertThat(key.signerName()).isEqualTo(TestCa.SIGNER_NAME);
            assertThat(key.chain()).hasSize(2);
            new PdfSigner().sign(TestPdfs.document(1), output, key, SignOptions.defaults().withReason("Ký bằng token"));
        }
        SignatureReport r = SignatureVerifier.verify(output, List.of(hsm.ca.root)).get(0);
        assertThat(r.signerName()).isEqualTo(TestCa.SIGNER_NAME);
        assertThat(r.chain()).hasSize(2);
        assertThat(r.trusted()).isTrue();
        assertThat(r.valid()).isTrue();
    }

    @Test
    void theAliasChoosesTheEntry() throws Exception {
        try (SigningKey key = SigningKeys.pkcs11(SoftHsm.LIBRARY, SoftHsm.SLOT, SoftHsm.PIN.toCharArray(), SoftHsm.ALIAS)) {
            assertThat(key.certificate()).isEqualTo(hsm.signer.certificate());
        }
        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> SigningKeys.pkcs11(SoftHsm.LIBRARY, SoftHsm.SLOT, SoftHsm.PIN.toCharArray(), "pho-chu-tich"));
        assertThat(e.key()).isEqualTo("sign.key.aliasNotFound");
        assertThat(e.localized(VI)).contains("pho-chu-tich").contains(SoftHsm.ALIAS);
    }

    @Test
    void aWrongPinSaysToCheckItBeforeTheTokenLocks() throws Exception {
        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> SigningKeys.pkcs11(SoftHsm.LIBRARY, SoftHsm.SLOT, "000000".toCharArray()));
        assertThat(e.key()).isEqualTo("sign.pin.wrong");
        assertThat(e.localized(VI)).contains("Mã PIN không đúng").contains("khóa");
        // the right PIN still works afterwards (SoftHSM does not lock)
        try (SigningKey key = SigningKeys.pkcs11(SoftHsm.LIBRARY, SoftHsm.SLOT, SoftHsm.PIN.toCharArray())) {
            assertThat(key.signerName()).isEqualTo(TestCa.SIGNER_NAME);
        }
    }

    @Test
    void aSlotWithoutAUsableTokenAndAMissingSlotAreNamed() {
        UserFacingException empty = catchThrowableOfType(UserFacingException.class,
                () -> SigningKeys.pkcs11(SoftHsm.LIBRARY, SoftHsm.EMPTY_SLOT, SoftHsm.PIN.toCharArray()));
        assertThat(empty.key()).isEqualTo("sign.token.notInitialized");
        assertThat(empty.localized(VI)).contains("Khe 1").contains("không có thiết bị ký số");

        UserFacingException none = catchThrowableOfType(UserFacingException.class,
                () -> SigningKeys.pkcs11(SoftHsm.LIBRARY, 7, SoftHsm.PIN.toCharArray()));
        assertThat(none.key()).isEqualTo("sign.token.noSlot");
        assertThat(none.localized(VI)).contains("không có khe số 7").contains("từ 0 đến 1");
    }

    @Test
    void aMissingOrUnusableLibraryIsNamed() throws Exception {
        UserFacingException missing = catchThrowableOfType(UserFacingException.class,
                () -> SigningKeys.pkcs11(dir.resolve("eToken.so"), 0, SoftHsm.PIN.toCharArray()));
        assertThat(missing.key()).isEqualTo("sign.pkcs11.libraryMissing");
        assertThat(missing.localized(VI)).contains("eToken.so");

        Path notALibrary = Files.writeString(dir.resolve("fake-pkcs11.so"), "not a shared library");
        UserFacingException unusable = catchThrowableOfType(UserFacingException.class,
                () -> SigningKeys.pkcs11(notALibrary, 0, SoftHsm.PIN.toCharArray()));
        assertThat(unusable.key()).isEqualTo("sign.pkcs11.libraryUnusable");
        assertThat(unusable.localized(VI)).contains("fake-pkcs11.so");
    }
}
