package vn.motcua.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import vn.motcua.citizen.PersonalIds;

/**
 * {@code %maskedEx} in logback.xml: a logged exception and its causes with every stand-alone ID
 * number masked (a driver's constraint message may quote the value it refused).
 */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return PersonalIds.maskAll(super.throwableProxyToString(tp));
    }
}
