package vn.motcua.signing;

import java.security.AuthProvider;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.security.auth.login.LoginException;

/**
 * A signer's private key, its certificate chain (the signer's certificate first, then the CA
 * certificates the token or file holds) and the provider that can use the key. On a PKCS#11
 * token the key never leaves the token: the provider asks the token to sign.
 *
 * <p>Close it when done: a token session is logged out, so the next signature asks for the PIN
 * again (a token left logged in on a shared desk would sign for anyone).
 */
public final class SigningKey implements AutoCloseable {
    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final Provider provider;
    private final String source;

    SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Provider provider, String source) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
        this.provider = provider;
        this.source = source;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The signer's certificate first, then its issuers as far as the key store knows them. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The provider to sign with (SunPKCS11 for a token, BouncyCastle for a PKCS#12 file). */
    public Provider provider() {
        return provider;
    }

    /** Where the key came from (the PKCS#12 file, or the PKCS#11 library and slot), for messages. */
    public String source() {
        return source;
    }

    /** The signer's name as printed in the signature box: the certificate's common name (CN). */
    public String signerName() {
        return CertificateNames.commonName(certificate());
    }

    @Override
    public void close() {
        if (provider instanceof AuthProvider token) {
            try {
                token.logout();
            } catch (LoginException | RuntimeException e) {
                // a token pulled out is logged out already
            }
        }
    }
}
