package vn.motcua.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** How Vietnamese administrative documents write dates, times and money. */
final class VnFormat {
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    private VnFormat() {
    }

    /**
     * The date line "Xã An Bình, ngày 05 tháng 01 năm 2026": Decree 30/2020 writes days below 10
     * and the months January and February with a leading zero, other months without.
     */
    static String placeAndDate(String place, LocalDate date) {
        java.util.Objects.requireNonNull(date, "the document's date");
        int m = date.getMonthValue();
        String month = m <= 2 ? String.format("%02d", m) : Integer.toString(m);
        String prefix = place == null || place.isBlank() ? "" : place.strip() + ", ";
        return prefix + String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(), month, date.getYear());
    }

    /** "09 giờ 05 phút, ngày 23/11/2026". */
    static String timeAndDay(LocalDateTime t) {
        return String.format("%02d giờ %02d phút, ngày %02d/%02d/%d",
                t.getHour(), t.getMinute(), t.getDayOfMonth(), t.getMonthValue(), t.getYear());
    }

    /** "23/11/2026". */
    static String day(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** "23/11/2026 09:05", compact for table cells (the clock wraps under the date in a narrow column). */
    static String dayAndClock(LocalDateTime t) {
        return String.format("%02d/%02d/%d %02d:%02d", t.getDayOfMonth(), t.getMonthValue(), t.getYear(),
                t.getHour(), t.getMinute());
    }

    /** "1.234.567 đồng" (whole đồng, dots between thousands). */
    static String money(long dong) {
        String digits = Long.toString(Math.abs(dong));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (dong < 0 ? "-" : "") + out + " đồng";
    }

    /** Upper case the Vietnamese way (headings of the document head). */
    static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(VI);
    }

    /** "01", "02"… as counts of sets are written on receipts. */
    static String twoDigits(int n) {
        return String.format("%02d", n);
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
