package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one masking helper, on generated valid IDs: a 12-digit number keeps its first four and
 * last two digits ({@code 0361******45}), a 9-digit one three and two; in free text (audit
 * details, log lines, search texts) every stand-alone number is masked and nothing else is
 * touched: dossier codes, UUIDs, hashes, phone numbers, amounts.
 */
class PersonalIdMaskingTest {
    @Test
    void generatedIdsAreMaskedToTheirHeadAndTail() {
        IdGenerator people = new IdGenerator(0xA0D17L);
        for (int i = 0; i < 2_000; i++) {
            String id = people.person().id();
            assertThat(PersonalIds.check(id, null, null)).as(id).isEmpty();
            String masked = PersonalIds.mask(id);
            assertThat(masked).as(id).hasSize(12).startsWith(id.substring(0, 4)).endsWith(id.substring(10))
                    .matches("\\d{4}\\*{6}\\d{2}");
            // spaces a scanner or clerk adds make no difference
            assertThat(PersonalIds.mask(id.substring(0, 3) + " " + id.substring(3, 6) + " " + id.substring(6))).isEqualTo(masked);
        }
        assertThat(PersonalIds.mask("036190012345")).isEqualTo("0361******45");
        assertThat(PersonalIds.mask("012345678")).isEqualTo("012****78");
    }

    @Test
    void everyStandaloneNumberInATextIsMaskedAndNothingElse() {
        IdGenerator people = new IdGenerator(0xBEEF5L);
        for (int i = 0; i < 500; i++) {
            String a = people.person().id();
            String b = people.person().id();
            String old = String.format("%09d", people.nextInt(1_000_000_000));
            UUID uuid = new UUID(people.nextInt(Integer.MAX_VALUE), 100_000_000_000L + people.nextInt(Integer.MAX_VALUE));
            String code = "000.00.06.H56-261124-" + String.format("%04d", people.nextInt(10_000));
            String text = "SoGiayTo: desk " + a + " → portal " + b + ". cũ=" + old + " hồ sơ " + code + " id " + uuid
                    + " sđt 0912345678 tiền 1500000000 sha " + a + b;
            String masked = PersonalIds.maskAll(text);
            assertThat(masked).doesNotContain(" " + a + " ").doesNotContain(" " + b + ".").doesNotContain("=" + old + " ")
                    .contains(PersonalIds.mask(a)).contains(PersonalIds.mask(b)).contains(PersonalIds.mask(old))
                    .contains(code).contains(uuid.toString()).contains("0912345678").contains("1500000000").contains(a + b);
        }
        assertThat(PersonalIds.maskAll(null)).isNull();
        assertThat(PersonalIds.maskAll("không có số")).isEqualTo("không có số");
    }
}
