package vn.motcua.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.common.Text;

/**
 * The words a catalogue file may use for an enumerated value: the file code ({@code same-day},
 * also accepted as the Java name) and Vietnamese words a province's spreadsheet uses, matched
 * folded ("Tra cứu" = "tra cuu").
 */
final class Choice<E extends Enum<E>> {
    static final Choice<ComponentSource> SOURCE = new Choice<>(ComponentSource.class, Map.of(
            ComponentSource.COLLECT_PAPER, List.of("nộp giấy", "nộp bản giấy", "nộp"),
            ComponentSource.LOOK_UP, List.of("tra cứu", "tra cứu CSDL quốc gia", "tra cứu CSDL"),
            ComponentSource.SHOW_ONLY, List.of("xuất trình", "chỉ xuất trình")));
    static final Choice<FeeKind> FEE = new Choice<>(FeeKind.class, Map.of(
            FeeKind.FREE, List.of("miễn phí", "không thu", "không"),
            FeeKind.PER_CASE, List.of("theo hồ sơ", "mỗi hồ sơ", "theo lần"),
            FeeKind.PER_COPY, List.of("theo bản", "mỗi bản"),
            FeeKind.PER_PAGE, List.of("theo trang", "theo số trang")));
    static final Choice<vn.motcua.calendar.BudgetKind> TIME = new Choice<>(vn.motcua.calendar.BudgetKind.class, Map.of(
            vn.motcua.calendar.BudgetKind.SAME_DAY, List.of("trong ngày", "ngay trong ngày"),
            vn.motcua.calendar.BudgetKind.WORKING_DAYS, List.of("ngày làm việc"),
            vn.motcua.calendar.BudgetKind.WORKING_HOURS, List.of("giờ làm việc"),
            vn.motcua.calendar.BudgetKind.CALENDAR_DAYS, List.of("ngày", "ngày lịch"),
            vn.motcua.calendar.BudgetKind.NONE, List.of("không thời hạn", "không quy định")));

    private final Class<E> type;
    private final Map<String, E> byKey = new LinkedHashMap<>();
    private final String listing;

    private Choice(Class<E> type, Map<E, List<String>> words) {
        this.type = type;
        StringBuilder codes = new StringBuilder();
        StringBuilder vietnamese = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            byKey.put(code(value), value);
            codes.append(codes.length() == 0 ? "" : ", ").append(code(value));
            List<String> vi = words.get(value);
            for (String w : vi) {
                byKey.putIfAbsent(Text.fold(w), value);
            }
            vietnamese.append(vietnamese.length() == 0 ? "" : ", ").append(vi.get(0));
        }
        this.listing = codes + " (" + vietnamese + ")";
    }

    /** The code written in catalogue files: the Java name in lower case with '-'. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value for {@code text}, or null when it is not one of the accepted words. */
    E parse(String text) {
        String key = Text.fold(text).replace('_', '-');
        return byKey.get(key);
    }

    /** The accepted words, for the message that refuses another one. */
    String listing() {
        return listing;
    }

    @Override
    public String toString() {
        return type.getSimpleName();
    }
}
