package vn.motcua.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.common.UserFacingException;

/**
 * Opens the signer's key: a PKCS#12 file (.p12/.pfx) or a PKCS#11 token, the USB token a
 * Vietnamese CA hands out, reached through the JDK's SunPKCS11 provider and the token's own
 * driver library. Every expected failure becomes a {@link UserFacingException} ({@code sign.*}).
 * The caller clears the PIN array when done.
 */
public final class SigningKeys {
    /**
     * One SunPKCS11 provider per library and slot for the life of the process: each provider
     * holds native sessions, and SunPKCS11 itself notices a token pulled out and put back.
     * A provider that failed to start is not kept, so the next try looks at the slot again.
     */
    private static final Map<String, Provider> PROVIDERS = new ConcurrentHashMap<>();

    private SigningKeys() {
    }

    /** The first key entry with a certificate in a PKCS#12 file opened with {@code pin}. */
    public static SigningKey pkcs12(Path file, char[] pin) {
        return pkcs12(file, pin, null);
    }

    /** The entry {@code alias} (or, when null, the first key entry) of a PKCS#12 file. */
    public static SigningKey pkcs12(Path file, char[] pin, String alias) {
        String source = file.toString();
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, pin);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "sign.pkcs12.missing", source);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new UserFacingException(e, "sign.pkcs12.wrongPassword", source);
            }
            throw new UserFacingException(e, Files.isReadable(file) ? "sign.pkcs12.notPkcs12" : "sign.pkcs12.missing", source);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new UserFacingException(e, "sign.pkcs12.notPkcs12", source);
        }
        try {
            return KeyStoreEntries.choose(store, alias, pin, Bc.PROVIDER, source);
        } catch (UnrecoverableKeyException e) {
            // the store opened, but the key inside has another password
            throw new UserFacingException(e, "sign.pkcs12.wrongPassword", source);
        } catch (GeneralSecurityException e) {
            throw new UserFacingException(e, "sign.pkcs12.notPkcs12", source);
        }
    }

    /** The first key entry with a certificate on the token in slot list index {@code slot}. */
    public static SigningKey pkcs11(Path library, int slot, char[] pin) {
        return pkcs11(library, slot, pin, null);
    }

    /**
     * The entry {@code alias} (or, when null, the first key entry with a certificate) on the
     * token in slot list index {@code slot} of the PKCS#11 {@code library}, logged in with
     * {@code pin}.
     */
    public static SigningKey pkcs11(Path library, int slot, char[] pin, String alias) {
        String lib = library.toAbsolutePath().toString();
        if (!Files.isRegularFile(library)) {
            throw new UserFacingException("sign.pkcs11.libraryMissing", lib);
        }
        if (slot < 0) {
            throw new UserFacingException("sign.token.noSlot", String.valueOf(slot), "?", "?");
        }
        Provider provider;
        try {
            provider = PROVIDERS.computeIfAbsent(config(lib, slot), c -> Security.getProvider("SunPKCS11").configure(c));
        } catch (RuntimeException | LinkageError e) {
            throw TokenErrors.loading(e, lib, slot);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw TokenErrors.opening(e, lib, slot);
        }
        String source = lib + " #" + slot;
        try {
            return KeyStoreEntries.choose(store, alias, null, provider, source);
        } catch (UserFacingException e) {
            logout(provider);
            throw e;
        } catch (GeneralSecurityException | RuntimeException e) {
            logout(provider);
            throw TokenErrors.opening(e, lib, slot);
        }
    }

    /**
     * SunPKCS11's inline configuration. Forward slashes: the provider's parser treats a
     * backslash as an escape, and Windows accepts either separator.
     */
    static String config(String library, int slot) {
        return "--name=MotCuaToken" + slot + "\nlibrary=" + library.replace('\\', '/') + "\nslotListIndex=" + slot + "\n";
    }

    private static void logout(Provider provider) {
        if (provider instanceof java.security.AuthProvider token) {
            try {
                token.logout();
            } catch (javax.security.auth.login.LoginException | RuntimeException e) {
                // nothing more to undo
            }
        }
    }
}
