package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.common.UserFacingException;

class ApplicantDetailsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);

    private static ApplicantDetails hoa() {
        return new ApplicantDetails("Đặng Thị Hoa", "036190012345", BORN, Sex.FEMALE, "Xã Vụ Bản, Nam Định",
                "0912345678", "hoa@example.vn");
    }

    @Test
    void normalizedIsNfcTrimmedCollapsedAndBlankIsNull() {
        ApplicantDetails raw = new ApplicantDetails(Normalizer.normalize("  Đặng   Thị Hoa ", Normalizer.Form.NFD),
                " 036 190 012 345 ", BORN, Sex.FEMALE, "   ", "091.234-5678", "");
        ApplicantDetails d = raw.normalized();
        assertThat(d.fullName()).isEqualTo("Đặng Thị Hoa");
        assertThat(d.idNumber()).isEqualTo("036190012345");
        assertThat(d.address()).isNull();
        assertThat(d.phone()).isEqualTo("0912345678");
        assertThat(d.email()).isNull();
        assertThat(raw.problems(TODAY)).isEmpty();
    }

    @Test
    void aNameWithDigitsOrBarsIsRefusedButRealNamesPass() {
        for (String name : new String[] {"036192001234||Lê Thị Hồng|04031992|N|Xm 3", "Nguyễn Văn 2", "Lê|Hồng"}) {
            ApplicantDetails d = new ApplicantDetails(name, null, null, null, null, null, null);
            assertThat(d.problems(TODAY)).extracting(IdProblem::key).containsExactly("citizen.name.notAName");
        }
        for (String name : new String[] {"Đặng Thị Hoa", "H'Hen Niê", "Y-Moan Ê Ban", "Nguyễn Văn A."}) {
            assertThat(new ApplicantDetails(name, null, null, null, null, null, null).problems(TODAY)).as(name).isEmpty();
        }
    }

    @Test
    void aCompleteApplicantHasNoProblems() {
        assertThat(hoa().problems(TODAY)).isEmpty();
        hoa().validate();
        assertThat(new ApplicantDetails("Đặng Thị Hoa", null, null, null, null, null, null).problems(TODAY)).isEmpty();
    }

    @Test
    void everyProblemIsListedInFormOrderAndValidateThrowsTheFirst() {
        ApplicantDetails bad = new ApplicantDetails(" ", "036091012345", LocalDate.of(2026, 1, 1), Sex.FEMALE, null,
                "12345", "hoa@");
        assertThat(bad.problems(TODAY)).extracting(IdProblem::key).containsExactly("citizen.name.required",
                "citizen.id.sexSaysMale", "citizen.id.century", "citizen.id.year", "citizen.birthDate.future",
                "citizen.phone.invalid", "citizen.email.invalid");
        assertThatThrownBy(bad::validate).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("citizen.name.required"));
    }

    @Test
    void aBirthYearThatContradictsTheIdIsRefusedNamingBothNumbers() {
        ApplicantDetails d = new ApplicantDetails("Đặng Thị Hoa", "036190012345", LocalDate.of(1991, 5, 17), Sex.FEMALE,
                null, null, null);
        assertThatThrownBy(d::validate).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("citizen.id.year");
            assertThat(e.args()).containsExactly("90", "1991");
        });
    }

    @Test
    void phoneNumbersInCommonShapesAreAccepted() {
        for (String phone : new String[] {"0912345678", "+84912345678", "(024) 3825 1234", "02438251234"}) {
            ApplicantDetails d = new ApplicantDetails("An", null, null, null, null, phone, null);
            assertThat(d.problems(TODAY)).as(phone).isEmpty();
        }
        for (String phone : new String[] {"091234567", "912345678", "09123456789012", "0912abc678"}) {
            ApplicantDetails d = new ApplicantDetails("An", null, null, null, null, phone, null);
            assertThat(d.problems(TODAY)).as(phone).extracting(IdProblem::key).containsExactly("citizen.phone.invalid");
        }
    }

    @Test
    void emailMustHaveANameAndADomain() {
        assertThat(new ApplicantDetails("An", null, null, null, null, null, "an.nguyen@xa.gov.vn").problems(TODAY)).isEmpty();
        for (String email : new String[] {"an", "an@", "@xa.vn", "an@xa", "an @xa.vn", "an@@xa.vn"}) {
            assertThat(new ApplicantDetails("An", null, null, null, null, null, email).problems(TODAY)).as(email)
                    .extracting(IdProblem::key).containsExactly("citizen.email.invalid");
        }
    }

    @Test
    void sexIsReadFromCardWordsInAnyForm() {
        assertThat(Sex.fromCardText("Nữ")).contains(Sex.FEMALE);
        assertThat(Sex.fromCardText(Normalizer.normalize("NỮ", Normalizer.Form.NFD))).contains(Sex.FEMALE);
        assertThat(Sex.fromCardText(" nam ")).contains(Sex.MALE);
        assertThat(Sex.fromCardText("Nu")).contains(Sex.FEMALE);
        assertThat(Sex.fromCardText("khác")).isEmpty();
        assertThat(Sex.fromCardText(null)).isEmpty();
    }
}
