package vn.motcua.signing;

import java.time.Instant;
import java.util.List;

/**
 * What {@link SignatureVerifier} found about one signature of a PDF.
 *
 * @param fieldName                 the signature field's fully qualified name ("Signature1")
 * @param signerName                the signer certificate's common name (CN), null when the CMS is unreadable
 * @param subject                   the signer certificate's subject
 * @param issuer                    the signer certificate's issuer (the CA)
 * @param serial                    the signer certificate's serial number, hexadecimal
 * @param signedAt                  the claimed signing time (/M, or the CMS signing-time when present)
 * @param reason                    the /Reason written by the signer, or null
 * @param location                  the /Location written by the signer, or null
 * @param coversWholeDocument       the signed byte range runs to the end of the file (false for an
 *                                  earlier signature followed by incremental updates)
 * @param byteRangeValid            the byte range starts at 0 and leaves out exactly the /Contents hex string
 * @param digestMatches             the signed bytes hash to the digest the signer signed (false: altered)
 * @param signatureValid            the signature value verifies with the signer certificate's public key
 * @param certificateValidAtSigning every certificate of the chain was within its validity at
 *                                  {@code signedAt} and each is signed by the next one
 * @param chain                     the subjects from the signer's certificate up to the last issuer found
 * @param trust                     whether the chain leads to one of the caller's trust anchors
 */
public record SignatureReport(String fieldName, String signerName, String subject, String issuer, String serial,
                              Instant signedAt, String reason, String location, boolean coversWholeDocument,
                              boolean byteRangeValid, boolean digestMatches, boolean signatureValid,
                              boolean certificateValidAtSigning, List<String> chain, Trust trust) {

    /** Whether the signature's chain was checked against trust anchors, and with what result. */
    public enum Trust {
        /** No trust anchors were given. */
        NOT_CHECKED,
        /** The chain leads to one of the given anchors at the signing time. */
        TRUSTED,
        /** Anchors were given and the chain leads to none of them. */
        UNTRUSTED
    }

    public SignatureReport {
        chain = chain == null ? List.of() : List.copyOf(chain);
    }

    /** True when the chain leads to a given trust anchor. */
    public boolean trusted() {
        return trust == Trust.TRUSTED;
    }

    /**
     * Intact, correctly signed, by a certificate valid at the time, and trusted when anchors were
     * given. A signature that does not cover the whole file can still be valid: the later bytes
     * are incremental updates, such as another signature.
     */
    public boolean valid() {
        return byteRangeValid && digestMatches && signatureValid && certificateValidAtSigning && trust != Trust.UNTRUSTED;
    }
}
