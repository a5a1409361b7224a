package vn.motcua.citizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Text;

/**
 * The applicant (người nộp hồ sơ) as typed at the counter or read from an ID card. Only the
 * name is required; an ID number, when given, is checked against the birth date and sex.
 */
public record ApplicantDetails(String fullName, String idNumber, LocalDate birthDate, Sex sex, String address,
                               String phone, String email) {
    /** Letters (any script, with marks), spaces, and the apostrophes, dots and hyphens some names carry. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");

    static final int MAX_NAME = 255;
    static final int MAX_ADDRESS = 500;
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /**
     * Text in NFC, trimmed, runs of spaces in names and addresses collapsed, blank fields
     * {@code null}; spaces inside the ID number and spaces, dots, dashes and brackets inside
     * the phone number removed.
     */
    public ApplicantDetails normalized() {
        String id = PersonalIds.compact(Text.nfc(idNumber));
        String tel = phone == null ? null : Text.nfc(phone).replaceAll("[\\s.()\\-]", "");
        return new ApplicantDetails(oneLine(fullName), id.isEmpty() ? null : id, birthDate, sex, oneLine(address),
                Text.nfcOrNull(tel), Text.nfcOrNull(email));
    }

    /**
     * Throws for the first problem, naming the field.
     *
     * @throws vn.motcua.common.UserFacingException when anything is wrong
     */
    public void validate() {
        List<IdProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw problems.get(0).toException();
        }
    }

    /** Every problem, in form order (name, ID, birth date, phone, e-mail), for live validation. */
    public List<IdProblem> problems() {
        return problems(LocalDate.now(WorkCalendar.ZONE));
    }

    /** {@link #problems()} on a given day (birth dates after it are refused). */
    public List<IdProblem> problems(LocalDate today) {
        ApplicantDetails d = normalized();
        List<IdProblem> problems = new ArrayList<>();
        if (d.fullName == null) {
            problems.add(new IdProblem("citizen.name.required"));
        } else if (d.fullName.length() > MAX_NAME) {
            problems.add(new IdProblem("citizen.name.tooLong", String.valueOf(MAX_NAME)));
        } else if (!NAME.matcher(d.fullName).matches()) {
            // digits or '|' in a name: usually a card QR the form did not recognise (a mangled scan)
            problems.add(new IdProblem("citizen.name.notAName"));
        }
        if (d.idNumber != null) {
            problems.addAll(PersonalIds.check(d.idNumber, d.birthDate, d.sex));
        }
        if (d.birthDate != null && d.birthDate.isAfter(today)) {
            problems.add(new IdProblem("citizen.birthDate.future"));
        }
        if (d.address != null && d.address.length() > MAX_ADDRESS) {
            problems.add(new IdProblem("citizen.address.tooLong", String.valueOf(MAX_ADDRESS)));
        }
        if (d.phone != null && !PHONE.matcher(d.phone).matches()) {
            problems.add(new IdProblem("citizen.phone.invalid"));
        }
        if (d.email != null && (d.email.length() > 254 || !EMAIL.matcher(d.email).matches())) {
            problems.add(new IdProblem("citizen.email.invalid"));
        }
        return List.copyOf(problems);
    }

    private static String oneLine(String s) {
        String n = Text.nfcOrNull(s);
        return n == null ? null : n.replaceAll("\\s+", " ");
    }
}
