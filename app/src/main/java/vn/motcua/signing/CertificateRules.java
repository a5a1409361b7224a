package vn.motcua.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;

/**
 * What a certificate must be before the desk signs with it. A signature made with an expired
 * certificate, or one the CA did not issue for signing, has no legal value, so the desk refuses
 * it up front instead of producing a PDF that every reader marks invalid.
 */
final class CertificateRules {
    /** Key usage bits (RFC 5280): digitalSignature and nonRepudiation (contentCommitment). */
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private CertificateRules() {
    }

    /** Refuses a certificate outside its validity at {@code at}, naming its validity dates. */
    static void requireValidAt(X509Certificate certificate, Instant at) {
        Instant from = certificate.getNotBefore().toInstant();
        Instant until = certificate.getNotAfter().toInstant();
        String name = CertificateNames.commonName(certificate);
        if (at.isAfter(until)) {
            throw new UserFacingException("sign.certificate.expired", name, shown(from), shown(until));
        }
        if (at.isBefore(from)) {
            throw new UserFacingException("sign.certificate.notYetValid", name, shown(from), shown(until));
        }
    }

    /** Refuses a certificate whose key usage allows neither digital signature nor non-repudiation. */
    static void requireSigningUsage(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null) {
            return; // no key usage extension: every use is allowed
        }
        boolean signs = bit(usage, DIGITAL_SIGNATURE) || bit(usage, NON_REPUDIATION);
        if (!signs) {
            throw new UserFacingException("sign.certificate.notForSigning", CertificateNames.commonName(certificate));
        }
    }

    private static boolean bit(boolean[] bits, int index) {
        return index < bits.length && bits[index];
    }

    /** True when {@code certificate} was within its validity at {@code at}. */
    static boolean validAt(X509Certificate certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant()) && !at.isAfter(certificate.getNotAfter().toInstant());
    }

    /** Vietnam local time, e.g. "14:05 12/03/2026". */
    static String shown(Instant instant) {
        return SHOWN.format(WorkCalendar.toLocal(instant));
    }
}
