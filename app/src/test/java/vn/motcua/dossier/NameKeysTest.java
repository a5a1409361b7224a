package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Sex;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

class NameKeysTest {
    @TempDir
    Path dir;

    @Test
    void aNameGivesItselfAndEachWordSuffixFolded() {
        assertThat(NameKeys.of("Đặng  Thị Hồng")).containsExactly("dang thi hong", "thi hong", "hong");
        assertThat(NameKeys.of("Nguyễn Thị Nguyệt")).containsExactly("nguyen thi nguyet", "thi nguyet", "nguyet");
        assertThat(NameKeys.words("  ")).isEmpty();
    }

    /**
     * Dossiers received before version 11 get their keys from the migration's SQL; it must give
     * exactly what the intake writes for a new dossier, or old dossiers would not be found.
     */
    @Test
    void theMigrationBackfillGivesTheSameKeysAsTheIntake() throws Exception {
        try (AppContext context = TestOffice.initialized(dir)) {
            Actor clerk = Processing.staff(context)[0];
            for (String name : List.of("Đặng Thị Hồng", "Nguyễn Văn An", "Lê Hồng", "Ngô Thị Hồng Nhung", "Hà")) {
                var base = Intakes.accept(context, Intakes.RESIDENCE);
                context.intake().receive(clerk, new IntakeRequest(null, base.procedureCode(),
                        new ApplicantDetails(name, null, LocalDate.of(1980, 2, 3), Sex.MALE, "Xã Vụ Bản", null, null), null, null,
                        base.components(), null, null, 1, null, null, null));
            }
            var db = context.database().sessionFactory();
            Set<String> fromIntake = keys(context);
            assertThat(fromIntake).contains("hong|dang thi hong", "ha|ha").hasSize(3 + 3 + 2 + 4 + 1);
            String migration = new String(getClass().getResourceAsStream("/db/migration/common/V11__processing.sql").readAllBytes(),
                    StandardCharsets.UTF_8);
            int start = migration.indexOf("insert into dossier_name_key");
            String backfill = migration.substring(start, migration.indexOf(';', start));
            db.inTransaction(s -> {
                s.createNativeMutationQuery("delete from dossier_name_key").executeUpdate();
                s.createNativeMutationQuery(backfill).executeUpdate();
            });
            assertThat(keys(context)).isEqualTo(fromIntake);
        }
    }

    /** Each key as "key|the dossier's applicant search", so the comparison does not depend on ids. */
    private static Set<String> keys(AppContext context) {
        List<Object[]> rows = context.database().sessionFactory().fromTransaction(s -> s.createNativeQuery(
                "select k.name_key, d.applicant_search from dossier_name_key k join dossier d on d.id = k.dossier_id", Object[].class)
                .getResultList());
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(r[0] + "|" + r[1]));
        return keys;
    }
}
