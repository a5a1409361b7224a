package vn.motcua.signing;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import vn.motcua.common.Text;

/**
 * Reads the human name out of a certificate's distinguished name. Vietnamese CAs write names
 * with diacritics (UTF8String, sometimes BMPString); the JDK's RFC 2253 form may show such
 * values as hex, so the values are decoded here from the ASN.1 strings themselves.
 */
final class CertificateNames {
    private CertificateNames() {
    }

    /** The subject's common name (CN) in NFC; the whole subject when it has no CN. */
    static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] cns = subject.getRDNs(BCStyle.CN);
        if (cns.length == 0) {
            return subject(certificate);
        }
        return Text.nfc(value(cns[cns.length - 1].getFirst().getValue()));
    }

    /** The subject as people read it, e.g. "CN=Nguyễn Văn An,O=UBND xã Vụ Bản,C=VN". */
    static String subject(X509Certificate certificate) {
        return readable(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
    }

    static String issuer(X509Certificate certificate) {
        return readable(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()));
    }

    private static String readable(X500Name name) {
        StringBuilder out = new StringBuilder();
        for (RDN rdn : name.getRDNs()) {
            if (out.length() > 0) {
                out.append(',');
            }
            String type = BCStyle.INSTANCE.oidToDisplayName(rdn.getFirst().getType());
            out.append(type == null ? rdn.getFirst().getType().getId() : type)
                    .append('=').append(value(rdn.getFirst().getValue()));
        }
        return Text.nfc(out.toString());
    }

    private static String value(ASN1Encodable value) {
        return value instanceof ASN1String s ? s.getString() : value.toString();
    }
}
