package vn.motcua.ui.intake;

import java.util.Locale;

/** Amounts as a Vietnamese clerk reads them: "1.234.000 đ". */
final class Money {
    private Money() {
    }

    static String format(long dong) {
        return String.format(Locale.ROOT, "%,d", dong).replace(',', '.') + " đ";
    }
}
