package vn.motcua.security;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;

/** Rules an account must meet; each failure names the field and how to fix it. */
final class AccountRules {
    static final int MIN_PASSWORD = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private AccountRules() {
    }

    /** The username as stored (lower case), or a clear refusal. */
    static String username(String raw) {
        String u = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw new UserFacingException("user.badUsername", raw == null ? "" : raw);
        }
        return u;
    }

    static String fullName(String raw) {
        String n = Text.nfc(raw);
        if (n == null || n.isEmpty()) {
            throw new UserFacingException("user.fullNameRequired");
        }
        if (n.length() > 255) {
            throw new UserFacingException("user.fullNameTooLong", 255);
        }
        return n;
    }

    static void password(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new UserFacingException("user.passwordTooShort", MIN_PASSWORD);
        }
    }
}
