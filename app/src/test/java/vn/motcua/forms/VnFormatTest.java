package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VnFormatTest {
    @Test
    void moneyIsWholeDongWithDotsBetweenThousands() {
        assertThat(VnFormat.money(0)).isEqualTo("0 đồng");
        assertThat(VnFormat.money(999)).isEqualTo("999 đồng");
        assertThat(VnFormat.money(10_000)).isEqualTo("10.000 đồng");
        assertThat(VnFormat.money(1_234_567)).isEqualTo("1.234.567 đồng");
        assertThat(VnFormat.money(-50_000)).isEqualTo("-50.000 đồng");
    }

    @Test
    void dateLineFollowsDecree30LeadingZeros() {
        assertThat(VnFormat.placeAndDate("Xã An Bình", LocalDate.of(2026, 11, 23))).isEqualTo("Xã An Bình, ngày 23 tháng 11 năm 2026");
        assertThat(VnFormat.placeAndDate("Phường 3", LocalDate.of(2026, 1, 5))).isEqualTo("Phường 3, ngày 05 tháng 01 năm 2026");
        assertThat(VnFormat.placeAndDate("Xã Tân Lập", LocalDate.of(2026, 2, 9))).isEqualTo("Xã Tân Lập, ngày 09 tháng 02 năm 2026");
        assertThat(VnFormat.placeAndDate("Xã Tân Lập", LocalDate.of(2026, 3, 9))).isEqualTo("Xã Tân Lập, ngày 09 tháng 3 năm 2026");
    }

    @Test
    void hourMinuteAndDay() {
        assertThat(VnFormat.timeAndDay(LocalDateTime.of(2026, 11, 23, 9, 5))).isEqualTo("09 giờ 05 phút, ngày 23/11/2026");
        assertThat(VnFormat.timeAndDay(LocalDateTime.of(2026, 1, 2, 16, 30))).isEqualTo("16 giờ 30 phút, ngày 02/01/2026");
    }
}
