package vn.motcua.signing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.common.UserFacingException;

/**
 * Turns what the JDK's SunPKCS11 provider throws into a sentence a chair can act on. The
 * provider wraps the token's return code (CKR_…) in several layers of exceptions and keeps the
 * code only as a message, so the whole cause chain is searched for it.
 */
final class TokenErrors {
    private static final Pattern NO_SLOT = Pattern.compile("slotListIndex is (\\d+) but token only has (\\d+) slots");

    private TokenErrors() {
    }

    /**
     * The user-facing error for a failure while SunPKCS11 loads the library and looks at the
     * slot: a token condition when the library said so, else the library itself is unusable
     * (not a PKCS#11 module, wrong architecture, a dependency missing).
     */
    static UserFacingException loading(Throwable failure, String library, int slot) {
        UserFacingException e = opening(failure, library, slot);
        return "sign.token.failed".equals(e.key()) ? new UserFacingException(failure, "sign.pkcs11.libraryUnusable", library) : e;
    }

    /** The user-facing error for a failure while opening or logging in to slot {@code slot}. */
    static UserFacingException opening(Throwable failure, String library, int slot) {
        String chain = messages(failure);
        Matcher noSlot = NO_SLOT.matcher(chain);
        if (noSlot.find()) {
            int count = Integer.parseInt(noSlot.group(2));
            return new UserFacingException(failure, "sign.token.noSlot", String.valueOf(slot), String.valueOf(count),
                    String.valueOf(Math.max(0, count - 1)));
        }
        if (chain.contains("does not exist")) {
            return new UserFacingException(failure, "sign.pkcs11.libraryMissing", library);
        }
        UserFacingException known = known(failure, chain, String.valueOf(slot));
        if (known != null) {
            return known;
        }
        return new UserFacingException(failure, "sign.token.failed", detail(failure, chain));
    }

    /**
     * The user-facing error for a failure while the token signs, or null when the failure did
     * not come from the token (then it is a programming error and travels on as it is).
     */
    static UserFacingException signing(Throwable failure, String slot) {
        String chain = messages(failure);
        UserFacingException known = known(failure, chain, slot);
        if (known != null) {
            return known;
        }
        return chain.contains("CKR_") ? new UserFacingException(failure, "sign.token.failed", detail(failure, chain)) : null;
    }

    private static UserFacingException known(Throwable failure, String chain, String slot) {
        if (has(chain, "CKR_PIN_LOCKED")) {
            return new UserFacingException(failure, "sign.pin.locked");
        }
        if (has(chain, "CKR_PIN_EXPIRED")) {
            return new UserFacingException(failure, "sign.pin.expired");
        }
        if (has(chain, "CKR_PIN_INCORRECT") || has(chain, "CKR_PIN_LEN_RANGE") || has(chain, "CKR_PIN_INVALID")) {
            return new UserFacingException(failure, "sign.pin.wrong");
        }
        if (has(chain, "CKR_TOKEN_NOT_PRESENT") || chain.contains("Token not present")) {
            return new UserFacingException(failure, "sign.token.absent", slot);
        }
        if (has(chain, "CKR_DEVICE_REMOVED") || has(chain, "CKR_SESSION_HANDLE_INVALID") || has(chain, "CKR_SESSION_CLOSED")
                || has(chain, "CKR_DEVICE_ERROR") || chain.contains("Token has been removed")) {
            return new UserFacingException(failure, "sign.token.removed");
        }
        if (has(chain, "CKR_TOKEN_NOT_RECOGNIZED") || has(chain, "CKR_USER_PIN_NOT_INITIALIZED")) {
            return new UserFacingException(failure, "sign.token.notInitialized", slot);
        }
        return null;
    }

    private static boolean has(String chain, String code) {
        return chain.contains(code);
    }

    /** The token's return code when there is one, else the innermost message. */
    private static String detail(Throwable failure, String chain) {
        Matcher ckr = Pattern.compile("CKR_[A-Z_]+").matcher(chain);
        if (ckr.find()) {
            return ckr.group();
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return all.toString();
    }
}
