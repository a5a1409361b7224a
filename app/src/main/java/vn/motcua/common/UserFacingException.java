package vn.motcua.common;

import java.util.Arrays;

/**
 * An expected failure the user can fix (bad input, wrong state). It carries a message key and
 * its arguments, never a finished sentence, so the desktop and the command line render it in
 * the user's language. It is shown inline, never with a stack trace.
 */
public class UserFacingException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        this(null, key, args);
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The sentence for the user, in the language of {@code messages}. */
    public String localized(Messages messages) {
        return messages.get(key, args);
    }
}
