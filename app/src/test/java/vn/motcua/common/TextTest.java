package vn.motcua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void decomposedInputBecomesNfc() {
        String decomposed = Normalizer.normalize("Đặng Thị Ửng", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Đặng Thị Ửng");
        assertThat(Text.nfc("  " + decomposed + " ")).isEqualTo("Đặng Thị Ửng");
    }

    @Test
    void foldedKeyDropsMarksAndMapsDToD() {
        assertThat(Text.fold("Đặng   Thị Ửng")).isEqualTo("dang thi ung");
        assertThat(Text.fold(Normalizer.normalize("đường Hồ Chí Minh", Normalizer.Form.NFD))).isEqualTo("duong ho chi minh");
    }

    @Test
    void blankOptionalTextIsAbsent() {
        assertThat(Text.nfcOrNull("   ")).isNull();
        assertThat(Text.nfcOrNull(null)).isNull();
    }
}
