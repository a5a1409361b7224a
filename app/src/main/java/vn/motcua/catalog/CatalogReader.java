package vn.motcua.catalog;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.calendar.BudgetKind;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.common.Text;

/**
 * Builds procedures from records of either file format, checking every field: the rules of a
 * catalogue file live here once, so a JSON file and a spreadsheet are refused for the same
 * reasons with the same messages.
 */
final class CatalogReader {
    static final String DEFAULT_FEE_CODE = "PHI_LE_PHI";
    static final String DEFAULT_FEE_NAME = "Phí, lệ phí";
    private static final int MAX_COUNT = 1_000;
    private static final long MAX_AMOUNT = 1_000_000_000_000L;
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:h](\\d{2}))?");
    private static final Pattern DAY_FRACTION = Pattern.compile("0?\\.\\d+");

    private CatalogReader() {
    }

    static Procedure procedure(RecordSource p, List<RequiredComponent> components) {
        return new Procedure(required(p, "code"), required(p, "name"), required(p, "field"), time(p), fee(p), components);
    }

    static RequiredComponent component(RecordSource c) {
        String code = required(c, "code");
        String name = required(c, "name");
        int originals = count(c, "originals");
        int certified = count(c, "certifiedCopies");
        int photocopies = count(c, "photocopies");
        ComponentSource source = c.text("source") == null ? ComponentSource.COLLECT_PAPER : choice(c, "source", Choice.SOURCE);
        if (source == ComponentSource.COLLECT_PAPER && originals + certified + photocopies == 0) {
            throw c.error("originals", "catalog.problem.noPaper");
        }
        return new RequiredComponent(code, name, originals, certified, photocopies, source, bool(c, "mandatory"));
    }

    static TimeRule time(RecordSource p) {
        BudgetKind kind = choice(p, "time.kind", Choice.TIME);
        String cutoffText = p.text("time.cutoff");
        LocalTime cutoff = cutoffText == null ? null : clock(p, "time.cutoff");
        boolean counted = kind != BudgetKind.SAME_DAY && kind != BudgetKind.NONE;
        int amount = count(p, "time.amount");
        if (counted && amount < 1) {
            throw p.error("time.amount", "catalog.problem.positive", p.text("time.amount") == null ? "" : p.text("time.amount"));
        }
        if (!counted && amount > 0) {
            throw p.error("time.amount", "catalog.problem.notForKind", Choice.code(kind));
        }
        if (kind == BudgetKind.NONE && cutoff != null) {
            throw p.error("time.cutoff", "catalog.problem.notForKind", Choice.code(kind));
        }
        TimeBudget budget = switch (kind) {
            case SAME_DAY -> TimeBudget.sameDay(cutoff == null ? TimeBudget.DEFAULT_CUTOFF : cutoff);
            case WORKING_DAYS -> TimeBudget.workingDays(amount);
            case WORKING_HOURS -> TimeBudget.workingHours(amount);
            case CALENDAR_DAYS -> TimeBudget.calendarDays(amount);
            case NONE -> TimeBudget.none();
        };
        return new TimeRule(budget, counted ? cutoff : null, p.text("time.text"));
    }

    static FeeRule fee(RecordSource p) {
        FeeKind kind = choice(p, "fee.kind", Choice.FEE);
        String code = p.text("fee.code") == null ? DEFAULT_FEE_CODE : p.text("fee.code");
        String name = p.text("fee.name") == null ? DEFAULT_FEE_NAME : p.text("fee.name");
        boolean priced = kind == FeeKind.PER_CASE || kind == FeeKind.PER_COPY;
        long amount = priced ? amount(p, "fee.amount", true) : 0;
        long online = priced && p.text("fee.onlineAmount") != null ? amount(p, "fee.onlineAmount", true) : amount;
        List<PageBand> bands = List.of();
        long cap = 0;
        if (kind == FeeKind.PER_PAGE) {
            bands = bands(p, "fee.bands");
            cap = p.text("fee.capPerCopy") == null ? 0 : amount(p, "fee.capPerCopy", true);
        }
        return new FeeRule(kind, code, name, amount, online, bands, cap, p.text("fee.note"));
    }

    static String required(RecordSource r, String field) {
        String text = r.text(field);
        if (text == null) {
            throw r.error(field, "catalog.problem.missing");
        }
        return text;
    }

    static int count(RecordSource r, String field) {
        String text = r.text(field);
        if (text == null) {
            return 0;
        }
        String plain = wholeNumber(text);
        if (plain == null || plain.length() > 4 || Integer.parseInt(plain) > MAX_COUNT) {
            throw r.error(field, "catalog.problem.notCount", text);
        }
        return Integer.parseInt(plain);
    }

    static long amount(RecordSource r, String field, boolean required) {
        String text = required ? required(r, field) : r.text(field);
        if (text == null) {
            return 0;
        }
        String digits = text.replaceAll("\\s+", "");
        String folded = Text.fold(digits);
        for (String unit : new String[] {"vnd", "dong", "d"}) {
            if (folded.endsWith(unit)) {
                digits = digits.substring(0, digits.length() - unit.length());
                break;
            }
        }
        String plain = GROUPED.matcher(digits).matches() ? digits.replaceAll("[.,]", "") : wholeNumber(digits);
        if (plain == null || plain.length() > 13 || Long.parseLong(plain) > MAX_AMOUNT) {
            throw r.error(field, "catalog.problem.notAmount", text);
        }
        return Long.parseLong(plain);
    }

    /** Digits of a whole number written plainly or as a spreadsheet decimal ("2", "2.0"); else null. */
    private static String wholeNumber(String text) {
        if (PLAIN.matcher(text).matches()) {
            return text.replaceFirst("^0+(?=\\d)", "");
        }
        try {
            BigDecimal d = new BigDecimal(text);
            return d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0 ? d.toBigIntegerExact().toString() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static LocalTime clock(RecordSource r, String field) {
        String text = r.text(field);
        String compact = Text.fold(text).replace(" ", "").replace("gio", "h");
        if (compact.endsWith("h")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        Matcher m = CLOCK.matcher(compact);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        } else if (DAY_FRACTION.matcher(compact).matches()) { // a spreadsheet time cell: a fraction of a day
            long minutes = Math.round(Double.parseDouble(compact) * 24 * 60);
            if (minutes < 24 * 60) {
                return LocalTime.of((int) (minutes / 60), (int) (minutes % 60));
            }
        }
        throw r.error(field, "catalog.problem.time", text);
    }

    static <E extends Enum<E>> E choice(RecordSource r, String field, Choice<E> choice) {
        String text = required(r, field);
        E value = choice.parse(text);
        if (value == null) {
            throw r.error(field, "catalog.problem.choice", text, choice.listing());
        }
        return value;
    }

    static boolean bool(RecordSource r, String field) {
        String text = r.text(field);
        if (text == null) {
            return true;
        }
        switch (Text.fold(text)) {
            case "true", "co", "x", "1", "bat buoc":
                return true;
            case "false", "khong", "0", "neu co":
                return false;
            default:
                throw r.error(field, "catalog.problem.yesNo", text);
        }
    }

    /** "1:2000; 3:1000": from page 1, 2,000 đồng a page; from page 3, 1,000 đồng a page. */
    static List<PageBand> bands(RecordSource r, String field) {
        String text = required(r, field);
        List<PageBand> bands = new ArrayList<>();
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] fromAndAmount = part.split(":", 2);
            String from = fromAndAmount[0].strip();
            if (fromAndAmount.length != 2 || !PLAIN.matcher(from).matches() || from.length() > 6) {
                throw r.error(field, "catalog.problem.bands", text);
            }
            int fromPage = Integer.parseInt(from);
            long perPage = amount(new Single(r, field, fromAndAmount[1].strip()), field, true);
            int previous = bands.isEmpty() ? 0 : bands.get(bands.size() - 1).fromPage();
            if (fromPage <= previous || (bands.isEmpty() && fromPage != 1)) {
                throw r.error(field, "catalog.problem.bands", text);
            }
            bands.add(new PageBand(fromPage, perPage));
        }
        if (bands.isEmpty()) {
            throw r.error(field, "catalog.problem.bands", text);
        }
        return List.copyOf(bands);
    }

    /** One value parsed on its own (a band's amount) and refused at the field that holds it. */
    private record Single(RecordSource owner, String field, String value) implements RecordSource {
        @Override
        public String text(String f) {
            return value.isEmpty() ? null : value;
        }

        @Override
        public CatalogFileException error(String f, String problemKey, Object... args) {
            return owner.error(field, "catalog.problem.bands", owner.text(field));
        }
    }
}
