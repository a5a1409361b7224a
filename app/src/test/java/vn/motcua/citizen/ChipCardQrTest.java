package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChipCardQrTest {
    static final String SEVEN = "036190012345|162345678|Đặng Thị Hoa|17051990|Nữ|Thôn Đông, Xã Vụ Bản, Nam Định|15032021";

    @Test
    void sevenFieldsAreReadByPosition() {
        CardData card = ChipCardQr.parse(SEVEN).orElseThrow();
        assertThat(card).isEqualTo(new CardData("036190012345", "162345678", "Đặng Thị Hoa", LocalDate.of(1990, 5, 17),
                Sex.FEMALE, "Thôn Đông, Xã Vụ Bản, Nam Định", LocalDate.of(2021, 3, 15)));
        assertThat(ChipCardQr.looksLike(SEVEN)).isTrue();
        assertThat(PersonalIds.check(card.idNumber(), card.birthDate(), card.sex())).isEmpty();
    }

    @Test
    void anEmptyOldIdFieldGivesNoOldId() {
        CardData card = ChipCardQr.parse("001090012345||Nguyễn Văn An|01011990|Nam|Số 5 Hàng Bài, Hà Nội|20062022").orElseThrow();
        assertThat(card.oldIdNumber()).isNull();
        assertThat(card.sex()).isEqualTo(Sex.MALE);
        assertThat(card.idNumber()).isEqualTo("001090012345");
    }

    @Test
    void elevenFieldsWithFourTrailingEmptyOnesAreReadLikeSeven() {
        CardData seven = ChipCardQr.parse(SEVEN).orElseThrow();
        assertThat(ChipCardQr.parse(SEVEN + "||||")).contains(seven);
        assertThat(ChipCardQr.parse(SEVEN + "||||\r\n")).contains(seven); // the scanner's Enter
    }

    @Test
    void decomposedVietnameseComesOutComposed() {
        String nfd = Normalizer.normalize(SEVEN, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(SEVEN);
        CardData card = ChipCardQr.parse(nfd).orElseThrow();
        assertThat(card.fullName()).isEqualTo("Đặng Thị Hoa");
        assertThat(Normalizer.isNormalized(card.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(Normalizer.isNormalized(card.address(), Normalizer.Form.NFC)).isTrue();
        assertThat(card.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void fieldsAreTrimmedAndAnEmptyIssueDateIsAllowed() {
        CardData card = ChipCardQr.parse("  036190012345 | | Đặng  Thị Hoa |17051990| Nữ |  Nam Định |").orElseThrow();
        assertThat(card.fullName()).isEqualTo("Đặng Thị Hoa");
        assertThat(card.address()).isEqualTo("Nam Định");
        assertThat(card.oldIdNumber()).isNull();
        assertThat(card.issueDate()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "Nguyễn Văn An",
        "001090012345",
        "001090012345|",
        "001090012345||Nguyễn Văn An|01011990|Nam|Hà Nội",          // six fields: typing not finished
        "00109001234||Nguyễn Văn An|01011990|Nam|Hà Nội|20062022",   // eleven-digit ID
        "001090012345||Nguyễn Văn An|31021990|Nam|Hà Nội|20062022",  // 31 February
        "001090012345||Nguyễn Văn An|01011990|Khác|Hà Nội|20062022", // not Nam/Nữ
        "001090012345||   |01011990|Nam|Hà Nội|20062022",            // no name
        "001090012345|12ab|Nguyễn Văn An|01011990|Nam|Hà Nội|20062022",
        "001090012345||Nguyễn Văn An|01011990|Nam|Hà Nội|2006",      // issue date half typed
        "https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma=000.00.06.H56-250314-0001",
    })
    void anythingElseIsNotCardText(String text) {
        assertThat(ChipCardQr.parse(text)).isEmpty();
        assertThat(ChipCardQr.looksLike(text)).isFalse();
    }

    @Test
    void nullAndHugeTextAreNotCards() {
        assertThat(ChipCardQr.parse(null)).isEmpty();
        assertThat(ChipCardQr.looksLike(SEVEN + "|".repeat(2_000))).isFalse();
    }

    @Test
    void cardDataFillsAnApplicantThatValidates() {
        ApplicantDetails details = ChipCardQr.parse(SEVEN).orElseThrow().toApplicant();
        assertThat(details.problems()).isEmpty();
        assertThat(details.fullName()).isEqualTo("Đặng Thị Hoa");
    }
}
