package vn.motcua.signing;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The signer's certificate chain as the signature carries it: built from the signer's
 * certificate up through the issuers found among the embedded certificates, checked for
 * validity at the signing time, and (when the caller gives trust anchors) validated with the
 * JDK's PKIX path builder at that time. Revocation is not checked: the desk works offline.
 */
final class ChainCheck {
    private static final int MAX_DEPTH = 10;

    private ChainCheck() {
    }

    /** The signer's certificate first, then each issuer found whose key verifies the one before. */
    static List<X509Certificate> chain(X509Certificate signer, Collection<X509Certificate> pool) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(signer);
        X509Certificate current = signer;
        while (chain.size() < MAX_DEPTH && !selfIssued(current)) {
            X509Certificate issuer = issuerOf(current, pool);
            if (issuer == null || chain.contains(issuer)) {
                break;
            }
            chain.add(issuer);
            current = issuer;
        }
        return chain;
    }

    /** Every certificate within its validity at {@code at}, and each signed by the next one. */
    static boolean validAt(List<X509Certificate> chain, Instant at) {
        for (int i = 0; i < chain.size(); i++) {
            if (!CertificateRules.validAt(chain.get(i), at)) {
                return false;
            }
            if (i + 1 < chain.size() && !signedBy(chain.get(i), chain.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a PKIX path leads from {@code signer} to one of {@code anchors} at {@code at}. */
    static boolean trusted(X509Certificate signer, Collection<X509Certificate> pool, Collection<X509Certificate> anchors,
                           Instant at) {
        if (anchors.isEmpty()) {
            return false;
        }
        if (anchors.contains(signer)) {
            return CertificateRules.validAt(signer, at);
        }
        try {
            Set<TrustAnchor> trustAnchors = new HashSet<>();
            for (X509Certificate a : anchors) {
                trustAnchors.add(new TrustAnchor(a, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters params = new PKIXBuilderParameters(trustAnchors, target);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            CertPathBuilder.getInstance("PKIX").build(params);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static X509Certificate issuerOf(X509Certificate cert, Collection<X509Certificate> pool) {
        for (X509Certificate candidate : pool) {
            if (candidate.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) && signedBy(cert, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean selfIssued(X509Certificate cert) {
        return cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) && signedBy(cert, cert);
    }

    private static boolean signedBy(X509Certificate cert, X509Certificate issuer) {
        try {
            cert.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
