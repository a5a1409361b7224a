package vn.motcua.citizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.common.UserFacingException;

/**
 * Rules of personal ID numbers (reference §7). A 12-digit personal ID is: three digits of the
 * province (or country) where the birth was registered, one digit for century and sex, two
 * digits for the year of birth, six random digits. There is no check digit, so a number can
 * only be checked for shape and against the birth date and sex typed next to it. Old 9-digit
 * ID card numbers are accepted as they are and marked old.
 */
public final class PersonalIds {
    /** Twelve or nine digits with no letter, digit, dot or hyphen either side (so not inside a code, UUID or hash). */
    private static final java.util.regex.Pattern STANDALONE_ID =
            java.util.regex.Pattern.compile("(?<![\\p{Alnum}.\\-])(\\d{12}|\\d{9})(?![\\p{Alnum}\\-]|\\.\\d)");

    private PersonalIds() {
    }

    /**
     * The kind of a number typed or scanned (spaces ignored).
     *
     * @throws UserFacingException when it is neither 12 nor 9 ASCII digits
     */
    public static IdKind kindOf(String idNumber) {
        String id = compact(idNumber);
        IdProblem shape = shapeProblem(id);
        if (shape != null) {
            throw shape.toException();
        }
        return id.length() == 12 ? IdKind.PERSONAL_ID_12 : IdKind.OLD_ID_CARD_9;
    }

    /**
     * Every problem with {@code idNumber} read together with the birth date and sex typed for
     * the same person; empty when it is acceptable. A {@code null} birth date or sex is not
     * cross-checked.
     */
    public static List<IdProblem> check(String idNumber, LocalDate birthDate, Sex sex) {
        String id = compact(idNumber);
        IdProblem shape = shapeProblem(id);
        if (shape != null) {
            return List.of(shape);
        }
        if (id.length() == 9) {
            return List.of(); // old ID card: nothing in it can be checked
        }
        List<IdProblem> problems = new ArrayList<>();
        String place = id.substring(0, 3);
        if (!BirthRegistrationPlaces.isKnown(place)) {
            problems.add(new IdProblem("citizen.id.unknownPlace", place));
        }
        int centurySex = id.charAt(3) - '0';
        int century = 1900 + centurySex / 2 * 100;
        Sex idSex = centurySex % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        if (sex != null && sex != idSex) {
            problems.add(new IdProblem(idSex == Sex.MALE ? "citizen.id.sexSaysMale" : "citizen.id.sexSaysFemale",
                    String.valueOf(centurySex)));
        }
        if (birthDate != null) {
            int year = birthDate.getYear();
            if (year / 100 * 100 != century) {
                problems.add(new IdProblem("citizen.id.century", String.valueOf(centurySex), String.valueOf(year),
                        String.valueOf(century), String.valueOf(century + 99)));
            }
            String yy = id.substring(4, 6);
            if (Math.floorMod(year, 100) != Integer.parseInt(yy)) {
                problems.add(new IdProblem("citizen.id.year", yy, String.valueOf(year)));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * The number with its middle hidden, for screens and logs that do not need it in full
     * (Personal Data Protection Law): the first four digits (place, century and sex) and the last
     * two, e.g. {@code 0010******45}; a 9-digit number keeps three and two ({@code 012****89});
     * {@code null} stays {@code null}.
     */
    public static String mask(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String id = compact(idNumber);
        int n = id.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        int head = Math.min(4, n / 3);
        int tail = 2;
        return id.substring(0, head) + "*".repeat(n - head - tail) + id.substring(n - tail);
    }

    /**
     * {@code text} with every stand-alone 12- or 9-digit run (a personal or old ID number, not
     * part of a longer number, code or UUID) masked as {@link #mask} does: for audit details,
     * log lines and search texts that may quote a number typed by a clerk. {@code null} stays
     * {@code null}.
     */
    public static String maskAll(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = STANDALONE_ID.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, mask(m.group()));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** The number without any white space (scanners and clerks add spaces; "001 090 012 345"). */
    public static String compact(String idNumber) {
        if (idNumber == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(idNumber.length());
        idNumber.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static IdProblem shapeProblem(String id) {
        if (id.isEmpty()) {
            return new IdProblem("citizen.id.required");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return new IdProblem("citizen.id.notDigits");
            }
        }
        if (id.length() != 12 && id.length() != 9) {
            return new IdProblem("citizen.id.length", String.valueOf(id.length()));
        }
        return null;
    }
}
