package vn.motcua.sync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC of a hand-carried bundle ({@code motcua-bundle/1}): HMAC-SHA256, key = the client
 * secret (UTF-8), over the {@link CanonicalJson} of the bundle without its {@code signature}
 * member, written as lower-case hex. The desk signs with it and the portal checks with it.
 */
public final class BundleSignature {
    private BundleSignature() {
    }

    public static String sign(JsonNode bundle, String clientSecret) {
        ObjectNode unsigned = bundle.deepCopy();
        unsigned.remove("signature");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(CanonicalJson.write(unsigned).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** True when the bundle's {@code signature} is the HMAC of the rest under {@code clientSecret}. */
    public static boolean verify(JsonNode bundle, String clientSecret) {
        JsonNode given = bundle.get("signature");
        if (given == null || !given.isTextual()) {
            return false;
        }
        byte[] expected = sign(bundle, clientSecret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.asText().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
