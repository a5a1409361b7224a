package vn.motcua.encryption;

import java.io.IOException;

/**
 * A sealed file whose content cannot be trusted: a chunk fails its tag (altered, reordered,
 * truncated, or sealed with another key). Kept apart from other read errors so a check can say
 * "altered" rather than "unreadable".
 */
public final class SealBrokenException extends IOException {
    private static final long serialVersionUID = 1L;

    public SealBrokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
