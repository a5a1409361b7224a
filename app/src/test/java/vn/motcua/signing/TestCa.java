package vn.motcua.signing;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made in the test with BouncyCastle: a root, and signers issued by it
 * (a good one, an expired one, one whose key usage forbids signing). Nothing is read from disk:
 * each test run has fresh keys.
 */
public final class TestCa {
    public static final String SIGNER_NAME = "Nguyễn Văn Đức";

    public final KeyPair rootKeys;
    public final X509Certificate root;
    private long serial = 1000;

    public TestCa() throws Exception {
        this("Test Root CA MotCua");
    }

    public TestCa(String rootName) throws Exception {
        rootKeys = rsa();
        X500Name name = name(rootName, "MotCua Test CA");
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(Duration.ofDays(3650))), Date.from(now.plus(Duration.ofDays(3650))), name,
                rootKeys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(rootKeys.getPublic()));
        root = sign(b, rootKeys.getPrivate());
    }

    /** A signer issued by this CA: {@code usage} is a BouncyCastle KeyUsage bit mask. */
    public Issued issue(String commonName, Instant notBefore, Instant notAfter, int usage) throws Exception {
        KeyPair keys = rsa();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(root, BigInteger.valueOf(++serial),
                Date.from(notBefore), Date.from(notAfter), name(commonName, "UBND xã Vụ Bản"), keys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(root));
        return new Issued(keys.getPrivate(), sign(b, rootKeys.getPrivate()), root);
    }

    /** A signer valid from a year ago to a year ahead, for digital signature and non-repudiation. */
    public Issued signer() throws Exception {
        Instant now = Instant.now();
        return issue(SIGNER_NAME, now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    /** A key and its chain (signer first, root last). */
    public record Issued(PrivateKey key, X509Certificate certificate, X509Certificate root) {
        public X509Certificate[] chain() {
            return new X509Certificate[] {certificate, root};
        }

        /** Written as a PKCS#12 file protected by {@code password}. */
        public Path pkcs12(Path file, String password) throws Exception {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signer", key, password.toCharArray(), chain());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        }
    }

    private static X500Name name(String cn, String org) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, org)
                .addRDN(BCStyle.CN, cn).build();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey issuerKey) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
}
