package vn.motcua.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.citizen.Sex;

/** A scanner types the card text after whatever the field held; the card is found, the rest kept. */
class CardInTextTest {
    static final String CARD = "036190012345|123456789|Đặng Thị Hoa|17051990|Nữ|Thôn Đông, xã Vụ Bản, Nam Định|01022022";

    @Test
    void theCardIsFoundAfterDigitsAlreadyTyped() {
        var found = CardInText.find("0912" + CARD).orElseThrow();
        assertThat(found.before()).isEqualTo("0912");
        assertThat(found.card().idNumber()).isEqualTo("036190012345");
        assertThat(found.card().birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(found.card().sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void newerCardsWithExtraFieldsAndPlainTextAreTold() {
        assertThat(CardInText.find(CARD + "||||")).isPresent();
        assertThat(CardInText.find("Đặng Thị Hoa")).isEmpty();
        assertThat(CardInText.find("036190012345|123")).isEmpty();
    }
}
