package vn.motcua.signing;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * One BouncyCastle provider instance for the package, passed explicitly to the calls that need
 * it and never installed in the JVM's provider list (that would change what every other
 * library of the desk gets from {@code Signature.getInstance}).
 */
final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {
    }
}
