package vn.motcua.signing;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.motcua.common.UserFacingException;

/**
 * Picks the signing entry out of an opened key store: the named alias, or else the first entry
 * that has both a private key and a certificate (a token also holds CA certificates and, on
 * some CAs' tokens, an authentication key without a certificate).
 */
final class KeyStoreEntries {
    private KeyStoreEntries() {
    }

    static SigningKey choose(KeyStore store, String alias, char[] keyPassword, Provider provider, String source)
            throws GeneralSecurityException {
        List<String> signing = new ArrayList<>();
        for (String a : Collections.list(store.aliases())) {
            if (store.isKeyEntry(a) && hasCertificate(store, a)) {
                signing.add(a);
            }
        }
        String chosen;
        if (alias != null && !alias.isBlank()) {
            if (!signing.contains(alias)) {
                throw new UserFacingException("sign.key.aliasNotFound", alias, source,
                        signing.isEmpty() ? "—" : String.join(", ", signing));
            }
            chosen = alias;
        } else if (signing.isEmpty()) {
            throw new UserFacingException("sign.key.none", source);
        } else {
            chosen = signing.get(0);
        }
        Key key = store.getKey(chosen, keyPassword);
        if (!(key instanceof PrivateKey privateKey)) {
            throw new UserFacingException("sign.key.none", source);
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : store.getCertificateChain(chosen)) {
            chain.add((X509Certificate) c);
        }
        return new SigningKey(privateKey, chain, provider, source);
    }

    private static boolean hasCertificate(KeyStore store, String alias) throws GeneralSecurityException {
        Certificate[] chain = store.getCertificateChain(alias);
        return chain != null && chain.length > 0 && chain[0] instanceof X509Certificate;
    }
}
