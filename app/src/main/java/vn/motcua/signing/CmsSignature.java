package vn.motcua.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.motcua.common.UserFacingException;

/**
 * The CMS SignedData PDFBox embeds in /Contents: detached (the PDF bytes are not copied in),
 * SHA-256, the signer's whole chain, and the signed attributes PAdES baseline-B asks for:
 * content-type, message-digest and signing-certificate-v2. PAdES forbids the CMS signing-time
 * attribute (ETSI EN 319 142-1: the claimed signing time is the signature dictionary's /M), so
 * the time lives there. The private key is used through the key's own provider, so a token
 * signs on the token.
 */
final class CmsSignature implements SignatureInterface {
    private final SigningKey key;

    CmsSignature(SigningKey key) {
        this.key = key;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(algorithm()).setProvider(key.provider()).build(key.privateKey());
            JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build());
            info.setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2()));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info.build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new StreamedContent(content), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | NoSuchAlgorithmException
                 | RuntimeException e) {
            if (e instanceof UserFacingException ufe) {
                throw ufe;
            }
            UserFacingException token = TokenErrors.signing(e, key.source());
            if (token != null) {
                throw token;
            }
            throw new IOException("CMS signature failed", e);
        }
    }

    /** SHA-256 with the key's own algorithm; token keys report "RSA" or "EC" like software keys. */
    private String algorithm() {
        String alg = key.privateKey().getAlgorithm();
        return switch (alg) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new UserFacingException("sign.key.unsupported", alg);
        };
    }

    /** ESS signing-certificate-v2: binds the signature to the signer's certificate (RFC 5035). */
    private Attribute signingCertificateV2() throws CertificateEncodingException, NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
        X500Name issuer = X500Name.getInstance(key.certificate().getIssuerX500Principal().getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(issuer)), key.certificate().getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(hash, issuerSerial); // SHA-256 is the default hash: no algorithm written
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
    }

    /** BouncyCastle's default signed attributes plus signing-certificate-v2, minus signing-time. */
    private static final class PadesAttributes implements CMSAttributeTableGenerator {
        private final DefaultSignedAttributeTableGenerator defaults;

        PadesAttributes(Attribute signingCertificate) {
            this.defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            return defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }

    /** The byte ranges PDFBox hands over, streamed into the digest without a copy in memory. */
    private static final class StreamedContent implements CMSTypedData {
        private final InputStream in;

        StreamedContent(InputStream in) {
            this.in = in;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
            in.close();
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
