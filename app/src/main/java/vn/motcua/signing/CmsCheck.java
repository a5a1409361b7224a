package vn.motcua.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

/**
 * Checks one detached CMS SignedData against the bytes it claims to sign: the digest, the
 * signature value over the signed attributes, and the signing-certificate-v2 binding.
 * The digest and the signature are checked separately so a report can say which one failed
 * (an altered document keeps a sound signature over a digest that no longer matches).
 */
final class CmsCheck {
    final X509Certificate signer;
    final List<X509Certificate> certificates;
    final boolean digestMatches;
    final boolean signatureValid;
    final Instant signingTime;

    private CmsCheck(X509Certificate signer, List<X509Certificate> certificates, boolean digestMatches,
                     boolean signatureValid, Instant signingTime) {
        this.signer = signer;
        this.certificates = certificates;
        this.digestMatches = digestMatches;
        this.signatureValid = signatureValid;
        this.signingTime = signingTime;
    }

    /** Parses and checks; throws when the CMS is not readable as a signature at all. */
    static CmsCheck of(byte[] cms, byte[] signedContent) throws CMSException, GeneralSecurityException, IOException,
            OperatorCreationException {
        CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), firstObject(cms));
        SignerInformation info = data.getSignerInfos().getSigners().iterator().next();
        List<X509Certificate> certificates = new ArrayList<>();
        X509Certificate signer = null;
        @SuppressWarnings("unchecked")
        Selector<X509CertificateHolder> sid = (Selector<X509CertificateHolder>) (Selector<?>) info.getSID();
        for (X509CertificateHolder holder : data.getCertificates().getMatches(null)) {
            X509Certificate c = toX509(holder);
            certificates.add(c);
            if (signer == null && sid.match(holder)) {
                signer = c;
            }
        }
        if (signer == null) {
            throw new CMSException("the signer's certificate is not in the signature");
        }
        SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.PROVIDER).build(signer);
        AttributeTable signed = info.getSignedAttributes();
        boolean digestMatches;
        boolean signatureValid;
        if (signed == null) {
            // no signed attributes: the signature is over the content digest itself
            digestMatches = signatureValid = verifiesQuietly(info, verifier);
        } else {
            digestMatches = Arrays.equals(digest(info, signedContent), messageDigest(signed));
            ContentVerifier cv = verifier.getContentVerifier(info.toASN1Structure().getDigestEncryptionAlgorithm(),
                    info.getDigestAlgorithmID());
            try (OutputStream out = cv.getOutputStream()) {
                out.write(info.getEncodedSignedAttributes());
            }
            signatureValid = cv.verify(info.getSignature()) && bindsCertificate(signed, signer);
        }
        return new CmsCheck(signer, certificates, digestMatches, signatureValid, signingTime(signed));
    }

    /**
     * The ContentInfo at the start of /Contents. The hex string is padded with zeros to the room
     * reserved before signing, and BouncyCastle refuses trailing bytes after the structure.
     */
    static ContentInfo firstObject(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean verifiesQuietly(SignerInformation info, SignerInformationVerifier verifier) {
        try {
            return info.verify(verifier);
        } catch (CMSException e) {
            return false;
        }
    }

    private static byte[] digest(SignerInformation info, byte[] content) throws OperatorCreationException, IOException {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build()
                .get(info.getDigestAlgorithmID());
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(content);
        }
        return calculator.getDigest();
    }

    private static byte[] messageDigest(AttributeTable signed) {
        Attribute attribute = signed.get(CMSAttributes.messageDigest);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return new byte[0];
        }
        return ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
    }

    /** When signing-certificate-v2 is present with SHA-256, it must name this very certificate. */
    private static boolean bindsCertificate(AttributeTable signed, X509Certificate signer) throws GeneralSecurityException {
        Attribute attribute = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return true;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        if (ids.length == 0 || !NISTObjectIdentifiers.id_sha256.equals(ids[0].getHashAlgorithm().getAlgorithm())) {
            return true; // another hash: not checked here
        }
        return Arrays.equals(ids[0].getCertHash(), MessageDigest.getInstance("SHA-256").digest(signer.getEncoded()));
    }

    private static Instant signingTime(AttributeTable signed) {
        if (signed == null) {
            return null;
        }
        Attribute attribute = signed.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        return Time.getInstance(value).getDate().toInstant();
    }

    private static X509Certificate toX509(X509CertificateHolder holder) throws GeneralSecurityException, IOException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    }
}
