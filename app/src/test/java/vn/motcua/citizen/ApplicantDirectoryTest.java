package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.testing.TestOffice;

class ApplicantDirectoryTest {
    @TempDir
    Path tmp;

    private static final ApplicantDetails HOA = new ApplicantDetails(
            Normalizer.normalize("Đặng Thị Hoa", Normalizer.Form.NFD), "036190012345", LocalDate.of(1990, 5, 17),
            Sex.FEMALE, "Xã Vụ Bản, Nam Định", "0912345678", null);

    @Test
    void aNewApplicantIsStoredNormalizedAndFoundByIdNumber() {
        try (AppContext context = TestOffice.open(tmp)) {
            ApplicantDirectory directory = context.applicants();
            Applicant stored = context.database().sessionFactory().fromTransaction(s -> directory.remember(s, HOA));
            assertThat(stored.fullName()).isEqualTo("Đặng Thị Hoa");
            assertThat(stored.searchKey()).isEqualTo("dang thi hoa");
            assertThat(stored.idKind()).isEqualTo(IdKind.PERSONAL_ID_12);
            assertThat(stored.oldId()).isFalse();
            Applicant found = directory.byIdNumber(" 036 190 012 345").orElseThrow();
            assertThat(found.id()).isEqualTo(stored.id());
            assertThat(found.details()).isEqualTo(HOA.normalized());
        }
        try (AppContext reopened = TestOffice.open(tmp)) { // really on disk
            assertThat(reopened.applicants().byIdNumber("036190012345")).map(Applicant::fullName).contains("Đặng Thị Hoa");
        }
    }

    @Test
    void aReturningApplicantIsRefreshedNotDuplicatedAndKeepsWhatWasNotRetyped() {
        try (AppContext context = TestOffice.open(tmp)) {
            var db = context.database().sessionFactory();
            ApplicantDirectory directory = context.applicants();
            Applicant first = db.fromTransaction(s -> directory.remember(s, HOA));
            ApplicantDetails again = new ApplicantDetails("Đặng Thị Hoa", "036190012345", null, null,
                    "Thôn Đông, Xã Vụ Bản, Nam Định", null, "hoa@example.vn");
            Applicant second = db.fromTransaction(s -> directory.remember(s, again));
            assertThat(second.id()).isEqualTo(first.id());
            Applicant now = directory.byIdNumber("036190012345").orElseThrow();
            assertThat(now.address()).isEqualTo("Thôn Đông, Xã Vụ Bản, Nam Định");
            assertThat(now.phone()).isEqualTo("0912345678");
            assertThat(now.email()).isEqualTo("hoa@example.vn");
            assertThat(now.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
            assertThat(directory.search("dang thi hoa", 10)).hasSize(1);
        }
    }

    @Test
    void wrongDetailsAreRefusedAndNothingIsWritten() {
        try (AppContext context = TestOffice.open(tmp)) {
            var db = context.database().sessionFactory();
            ApplicantDetails wrongYear = new ApplicantDetails("Đặng Thị Hoa", "036190012345", LocalDate.of(1991, 1, 1),
                    Sex.FEMALE, null, null, null);
            assertThatThrownBy(() -> db.inTransaction(s -> context.applicants().remember(s, wrongYear)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("citizen.id.year"));
            assertThat(context.applicants().byIdNumber("036190012345")).isEmpty();
            assertThat(context.applicants().search("dang", 10)).isEmpty();
        }
    }

    @Test
    void oldIdsAreStoredAsOld() {
        try (AppContext context = TestOffice.open(tmp)) {
            ApplicantDetails old = new ApplicantDetails("Trần Văn Bình", "012345678", LocalDate.of(1950, 2, 3), Sex.MALE,
                    null, null, null);
            context.database().sessionFactory().inTransaction(s -> context.applicants().remember(s, old));
            Applicant found = context.applicants().byIdNumber("012345678").orElseThrow();
            assertThat(found.oldId()).isTrue();
            assertThat(found.idKind()).isEqualTo(IdKind.OLD_ID_CARD_9);
        }
    }

    @Test
    void aChipCardCarryingTheOldNumberUpgradesTheRecordKeptUnderIt() {
        try (AppContext context = TestOffice.open(tmp)) {
            var db = context.database().sessionFactory();
            ApplicantDirectory directory = context.applicants();
            Applicant old = db.fromTransaction(s -> directory.remember(s, new ApplicantDetails("Đặng Thị Hoa", "162345678",
                    null, null, null, "0912345678", null)));
            CardData card = ChipCardQr.parse(ChipCardQrTest.SEVEN).orElseThrow();
            Applicant now = db.fromTransaction(s -> directory.remember(s, card.toApplicant(), card.oldIdNumber()));
            assertThat(now.id()).isEqualTo(old.id());
            Applicant stored = directory.byIdNumber("036190012345").orElseThrow();
            assertThat(stored.oldId()).isFalse();
            assertThat(stored.phone()).isEqualTo("0912345678");
            assertThat(stored.address()).isEqualTo("Thôn Đông, Xã Vụ Bản, Nam Định");
            assertThat(directory.byIdNumber("162345678")).isEmpty();
        }
    }

    @Test
    void searchFindsByIdPrefixFoldedNamePrefixAndGivenNameWithinTheLimit() {
        try (AppContext context = TestOffice.open(tmp)) {
            var db = context.database().sessionFactory();
            ApplicantDirectory directory = context.applicants();
            db.inTransaction(s -> {
                directory.remember(s, HOA);
                directory.remember(s, new ApplicantDetails("Đặng Văn Hùng", "036085001122", LocalDate.of(1985, 1, 1),
                        Sex.MALE, null, null, null));
                directory.remember(s, new ApplicantDetails("Nguyễn Thị Hoa", null, null, null, null, null, null));
                directory.remember(s, new ApplicantDetails("Lê Đăng Khoa", "001200123456", LocalDate.of(2000, 8, 8),
                        Sex.MALE, null, null, null));
                for (int i = 0; i < 30; i++) {
                    directory.remember(s, new ApplicantDetails("Phạm Minh " + (char) ('A' + i % 26) + "a".repeat(i / 26), null, null, null, null, null, null));
                }
            });
            assertThat(directory.search("dang thi", 10)).extracting(Applicant::fullName).containsExactly("Đặng Thị Hoa");
            assertThat(directory.search("ĐẶNG", 10)).extracting(Applicant::fullName)
                    .containsExactly("Đặng Thị Hoa", "Đặng Văn Hùng", "Lê Đăng Khoa"); // name prefix first, then a word
            assertThat(directory.search("hoa", 10)).extracting(Applicant::fullName)
                    .containsExactlyInAnyOrder("Đặng Thị Hoa", "Nguyễn Thị Hoa");
            assertThat(directory.search("036", 10)).extracting(Applicant::idNumber)
                    .containsExactly("036085001122", "036190012345");
            assertThat(directory.search("0361 90", 10)).extracting(Applicant::fullName).containsExactly("Đặng Thị Hoa");
            assertThat(directory.search("pham minh", 5)).hasSize(5);
            assertThat(directory.search("pham", 1_000_000)).hasSize(30);
            assertThat(directory.search("   ", 10)).isEmpty();
            assertThat(directory.search("50%_", 10)).isEmpty(); // LIKE wildcards are literal
        }
    }
}
