package vn.motcua.signing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * SoftHSM2 as a real PKCS#11 token: a fresh token directory under target/, the token
 * initialized with softhsm2-util, and a signer's key and certificate chain stored on it through
 * the JDK's SunPKCS11 KeyStore, the way a CA's enrolment tool writes a USB token.
 *
 * <p>SoftHSM reads SOFTHSM2_CONF once, when the library loads, and SunPKCS11 loads a library
 * once per JVM: Maven's surefire sets the variable (app/pom.xml) and this class writes the file
 * before anything loads the library, once per test JVM.
 */
public final class SoftHsm {
    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    public static final String PIN = "246810";
    public static final String ALIAS = "chu-tich";
    /** Slot list index of the initialized token; the next index is SoftHSM's free, uninitialized slot. */
    public static final int SLOT = 0;
    public static final int EMPTY_SLOT = 1;
    private static final String SO_PIN = "13579135";
    private static SoftHsm token;

    public final TestCa ca;
    public final TestCa.Issued signer;

    private SoftHsm(TestCa ca, TestCa.Issued signer) {
        this.ca = ca;
        this.signer = signer;
    }

    /** The initialized token with the signer's key, made on first use in this JVM. */
    public static synchronized SoftHsm token() throws Exception {
        if (token == null) {
            token = create();
        }
        return token;
    }

    private static SoftHsm create() throws Exception {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set: run the tests through Maven (surefire sets it)");
        }
        if (!Files.isRegularFile(LIBRARY)) {
            throw new IllegalStateException("SoftHSM2 is not installed (apt-get install softhsm2): " + LIBRARY);
        }
        Path confFile = Path.of(conf);
        Path tokens = confFile.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (Stream<Path> old = Files.walk(tokens)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                + "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
        run("softhsm2-util", "--init-token", "--free", "--label", "motcua-test", "--pin", PIN, "--so-pin", SO_PIN);

        TestCa ca = new TestCa("SoftHSM Test Root");
        TestCa.Issued signer = ca.signer();
        Provider provider = Security.getProvider("SunPKCS11").configure(SigningKeys.config(LIBRARY.toString(), SLOT));
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, PIN.toCharArray());
        store.setKeyEntry(ALIAS, signer.key(), null, signer.chain());
        ((AuthProvider) provider).logout();
        return new SoftHsm(ca, signer);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
