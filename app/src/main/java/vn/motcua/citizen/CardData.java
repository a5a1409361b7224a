package vn.motcua.citizen;

import java.time.LocalDate;

/**
 * What the QR code of a chip ID card carries (reference §7), text in NFC. {@code oldIdNumber}
 * is {@code null} for people who never had a 9-digit card; {@code issueDate} may be {@code null}
 * when a card leaves it empty.
 */
public record CardData(String idNumber, String oldIdNumber, String fullName, LocalDate birthDate, Sex sex,
                       String address, LocalDate issueDate) {

    /** The applicant as read from the card, for the intake form to fill in. */
    public ApplicantDetails toApplicant() {
        return new ApplicantDetails(fullName, idNumber, birthDate, sex, address, null, null);
    }
}
