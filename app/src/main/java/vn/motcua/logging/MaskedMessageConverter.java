package vn.motcua.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import vn.motcua.citizen.PersonalIds;

/**
 * {@code %maskedMsg} in logback.xml: the log message with every stand-alone ID number masked
 * ({@link PersonalIds#maskAll}). The code logs no personal data on purpose; this catches a number
 * that reaches a message anyway (a file name, a database error quoting a value).
 */
public final class MaskedMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return PersonalIds.maskAll(super.convert(event));
    }
}
