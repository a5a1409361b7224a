package vn.motcua.dossier;

import java.util.Locale;
import vn.motcua.common.UserFacingException;

/** How a fee was collected (HinhThucThu). */
public enum PaymentMethod {
    CASH,
    TRANSFER;

    public static PaymentMethod parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new UserFacingException("fees.badMethod", String.valueOf(text));
        }
    }
}
