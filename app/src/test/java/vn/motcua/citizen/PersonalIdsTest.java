package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.common.UserFacingException;

class PersonalIdsTest {
    private static final LocalDate BORN_1990 = LocalDate.of(1990, 5, 17);

    @Test
    void aWellFormedIdConsistentWithBirthDateAndSexPasses() {
        assertThat(PersonalIds.check("001090012345", BORN_1990, Sex.MALE)).isEmpty();
        assertThat(PersonalIds.check("001190012345", BORN_1990, Sex.FEMALE)).isEmpty();
        assertThat(PersonalIds.kindOf("001090012345")).isEqualTo(IdKind.PERSONAL_ID_12);
    }

    @Test
    void spacesAroundAndInsideAreIgnoredAndLeadingZerosKept() {
        assertThat(PersonalIds.check(" 001 090 012 345 ", BORN_1990, Sex.MALE)).isEmpty();
        assertThat(PersonalIds.compact(" 001 090 012 345 ")).isEqualTo("001090012345");
        ApplicantDetails d = new ApplicantDetails("A", " 001090012345 ", null, null, null, null, null).normalized();
        assertThat(d.idNumber()).isEqualTo("001090012345").startsWith("00");
    }

    @ParameterizedTest
    @CsvSource({
        "'', citizen.id.required",
        "'   ', citizen.id.required",
        "00109001234, citizen.id.length",
        "0010900123456, citizen.id.length",
        "00109001234A, citizen.id.notDigits",
        "001-090-012-34, citizen.id.notDigits",
        // Arabic-Indic and full-width digits are digits to Java, not to the ID card
        "٠٠١٠٩٠٠١٢٣٤٥, citizen.id.notDigits",
        "００１０９００１２３４５, citizen.id.notDigits",
    })
    void malformedNumbersAreRefusedWithOneProblemNamingWhatIsWrong(String id, String key) {
        assertThat(PersonalIds.check(id, BORN_1990, Sex.MALE)).extracting(IdProblem::key).containsExactly(key);
        assertThatThrownBy(() -> PersonalIds.kindOf(id)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void theLengthProblemSaysHowManyDigitsWereTyped() {
        assertThat(PersonalIds.check("0010900123", null, null)).containsExactly(new IdProblem("citizen.id.length", "10"));
    }

    @Test
    void provinceCodesAndCountryCodesAreAcceptedOtherPlacesAreNot() {
        assertThat(PersonalIds.check("079090012345", BORN_1990, Sex.MALE)).isEmpty(); // TP.HCM
        assertThat(PersonalIds.check("096090012345", BORN_1990, Sex.MALE)).isEmpty(); // Cà Mau
        assertThat(PersonalIds.check("840090012345", BORN_1990, Sex.MALE)).isEmpty(); // born in the United States
        assertThat(PersonalIds.check("392190012345", BORN_1990, Sex.FEMALE)).isEmpty(); // Japan
        for (String unknown : new String[] {"000", "003", "097", "099", "999"}) {
            assertThat(PersonalIds.check(unknown + "090012345", BORN_1990, Sex.MALE)).as(unknown)
                    .containsExactly(new IdProblem("citizen.id.unknownPlace", unknown));
        }
    }

    @Test
    void theProvinceListHasTheSixtyThreeProvincesAndNoCountryBelowOneHundred() {
        assertThat(BirthRegistrationPlaces.provinces()).hasSize(63).containsEntry("001", "Hà Nội")
                .containsEntry("079", "Hồ Chí Minh").containsEntry("096", "Cà Mau").containsEntry("036", "Nam Định");
        assertThat(BirthRegistrationPlaces.provinces().keySet()).allMatch(c -> Integer.parseInt(c) < 100);
        assertThat(BirthRegistrationPlaces.countries().keySet()).allMatch(c -> Integer.parseInt(c) >= 100)
                .contains("840", "392", "250", "410", "156");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 1985, MALE", "1, 1985, FEMALE",
        "2, 2005, MALE", "3, 2005, FEMALE",
        "4, 2105, MALE", "5, 2105, FEMALE",
        "6, 2205, MALE", "7, 2205, FEMALE",
        "8, 2305, MALE", "9, 2305, FEMALE",
    })
    void eachCenturyAndSexDigitMatchesItsCenturyAndSex(char digit, int year, Sex sex) {
        String id = "036" + digit + String.format("%02d", year % 100) + "123456";
        LocalDate born = LocalDate.of(year, 1, 31);
        assertThat(PersonalIds.check(id, born, sex)).isEmpty();
        Sex other = sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        assertThat(PersonalIds.check(id, born, other)).extracting(IdProblem::key)
                .containsExactly(sex == Sex.MALE ? "citizen.id.sexSaysMale" : "citizen.id.sexSaysFemale");
        assertThat(PersonalIds.check(id, born.plusYears(100), sex))
                .containsExactly(new IdProblem("citizen.id.century", String.valueOf(digit), String.valueOf(year + 100),
                        String.valueOf(year / 100 * 100), String.valueOf(year / 100 * 100 + 99)));
    }

    @Test
    void birthYearDigitsMustMatchTheBirthYear() {
        assertThat(PersonalIds.check("001091012345", BORN_1990, Sex.MALE))
                .containsExactly(new IdProblem("citizen.id.year", "91", "1990"));
        // 2000 is in the 2000s: digit 4 is 2 or 3 and digits 5-6 are 00
        assertThat(PersonalIds.check("001200012345", LocalDate.of(2000, 1, 1), Sex.MALE)).isEmpty();
        assertThat(PersonalIds.check("001000012345", LocalDate.of(2000, 1, 1), Sex.MALE)).extracting(IdProblem::key)
                .containsExactly("citizen.id.century");
    }

    @Test
    void withoutBirthDateOrSexOnlyTheNumberItselfIsChecked() {
        assertThat(PersonalIds.check("001990012345", null, null)).isEmpty();
        assertThat(PersonalIds.check("001990012345", null, Sex.MALE)).extracting(IdProblem::key)
                .containsExactly("citizen.id.sexSaysFemale");
    }

    @Test
    void oldNineDigitCardsAreAcceptedAndMarkedOld() {
        assertThat(PersonalIds.kindOf("012345678")).isEqualTo(IdKind.OLD_ID_CARD_9);
        assertThat(PersonalIds.check("012345678", BORN_1990, Sex.FEMALE)).isEmpty();
        assertThat(IdKind.OLD_ID_CARD_9.portalCode()).isEqualTo(2);
        assertThat(IdKind.PERSONAL_ID_12.portalCode()).isEqualTo(1);
    }

    @Test
    void maskingHidesTheMiddleAndKeepsTheLength() {
        assertThat(PersonalIds.mask("001090012345")).isEqualTo("0010******45");
        assertThat(PersonalIds.mask("012345678")).isEqualTo("012****78");
        assertThat(PersonalIds.mask(null)).isNull();
        assertThat(PersonalIds.mask("12")).isEqualTo("**");
    }
}
