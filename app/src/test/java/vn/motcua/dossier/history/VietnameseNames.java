package vn.motcua.dossier.history;

import java.util.SplittableRandom;

/**
 * Vietnamese full names drawn with realistic weights: family names with their approximate
 * shares of the population (Nguyễn about 38 %, Trần 11 %, Lê 9.5 % …), middle names by sex
 * (Văn, Hữu, Đức … / Thị, Ngọc, Thu …), given names by sex.
 */
final class VietnameseNames {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Cao", "Tạ"};
    /** Per mille, in the order of {@link #FAMILY}; the rest of 1000 goes to the last names evenly. */
    private static final int[] FAMILY_PER_MILLE = {384, 110, 95, 70, 30, 21, 45, 20, 19, 21, 20, 14, 13, 13, 10, 5, 20, 20, 20, 20, 15,
            15};
    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Ngọc", "Xuân"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Phương", "Hồng",
            "Minh"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Long", "Nam", "Phong", "Quang", "Sơn",
            "Tuấn", "Thắng", "Trung", "Việt", "Hiếu", "Khánh", "Đạt", "Huy", "Thành"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Hồng", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Phương",
            "Thảo", "Trang", "Vân", "Yến", "Hà", "Hạnh", "Huyền", "Loan", "Oanh", "Dung"};
    private static final int FAMILY_TOTAL = java.util.Arrays.stream(FAMILY_PER_MILLE).sum();

    private VietnameseNames() {
    }

    static String family(SplittableRandom r) {
        int x = r.nextInt(FAMILY_TOTAL);
        for (int i = 0; i < FAMILY.length; i++) {
            x -= FAMILY_PER_MILLE[i];
            if (x < 0) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    static String fullName(SplittableRandom r, boolean female) {
        String[] middle = female ? MIDDLE_FEMALE : MIDDLE_MALE;
        String[] given = female ? GIVEN_FEMALE : GIVEN_MALE;
        String name = family(r) + " " + middle[r.nextInt(middle.length)];
        if (r.nextInt(10) == 0) { // a second middle name now and then ("Nguyễn Thị Thu Hà")
            name += " " + middle[r.nextInt(middle.length)];
        }
        return name + " " + given[r.nextInt(given.length)];
    }
}
