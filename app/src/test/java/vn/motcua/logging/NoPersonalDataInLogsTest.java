package vn.motcua.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Sex;
import vn.motcua.common.Text;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.forms.Copies;
import vn.motcua.reports.Period;
import vn.motcua.reports.PeriodicReport;
import vn.motcua.security.Actor;
import vn.motcua.sync.SyncRunner;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.testing.SplitMix64;
import vn.motcua.testing.TestOffice;

/**
 * No personal data in logs (personal data law; issue 10 item 4): a realistic day at the desk —
 * generated applicants with Vietnamese names and valid ID numbers received, printed, viewed,
 * looked up, handed over, resolved and returned, synced to the real sandbox portal over HTTP,
 * the periodic report exported in its three formats — with the product's own logging
 * configuration at its normal level writing into a temporary log directory. Every log file is
 * then searched for every applicant's name (as written, NFC, and folded: no marks, any case)
 * and every full ID number: none may appear.
 */
class NoPersonalDataInLogsTest {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thanh", "Đức", "Quốc", "Thùy", "Xuân"};
    private static final String[] GIVEN = {"Ánh", "Bảo", "Cường", "Dũng", "Giang", "Hạnh", "Khải", "Lộc", "Mỹ", "Nghĩa", "Phúc",
        "Quyên", "Sơn", "Tâm", "Uyên", "Vỹ", "Yến", "Đạt", "Ẩn", "Khuê"};
    private static final String[] PLACES = {"001", "036", "079", "038", "040", "048", "092", "031"};

    @TempDir
    Path dir;
    Path logs;
    String previousLogDir;

    @BeforeEach
    void logIntoTheTemporaryDirectory() throws Exception {
        logs = dir.resolve("logs");
        previousLogDir = System.getProperty("motcua.logdir");
        configureLogging(logs.toString());
    }

    @AfterEach
    void restoreLogging() throws Exception {
        configureLogging(previousLogDir);
    }

    @Test
    void aDayAtTheDeskLeavesNoNameOrIdNumberInAnyLogFile() throws Exception {
        SplitMix64 random = new SplitMix64(0x10C5L);
        List<ApplicantDetails> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(person(random, i));
        }
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            Actor[] staff = Processing.staff(desk);
            Actor clerk = staff[0];
            Actor chair = staff[2];
            desk.sync().settings().configure(Actor.SYSTEM, portal.url().toString(), PortalHarness.CLIENT,
                    PortalHarness.SECRET.toCharArray());
            List<String> codes = new ArrayList<>();
            for (ApplicantDetails p : people) {
                desk.applicants().search(clerk, p.idNumber(), 6); // a returning citizen? looked up by ID number
                IntakeRequest request = IntakeRequest.accept(Intakes.RESIDENCE, p,
                        Intakes.complete(Intakes.procedure(desk, Intakes.RESIDENCE), 1, 2));
                String code = desk.intake().receive(clerk, request).code();
                codes.add(code);
                desk.dossierForms().print(clerk, "01", code, Copies.TWO);
                desk.dossierQuery().open(clerk, code);
            }
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                desk.processing().handOver(clerk, code, new HandOver("lan", null, null, null));
                if (i % 3 != 0) {
                    desk.processing().resultReady(staff[1], code, "Đã giải quyết cho " + people.get(i).fullName());
                }
                if (i % 3 == 1) {
                    desk.processing().returnResult(clerk, code, people.get(i).fullName(), null);
                }
            }
            // the line goes down for a while: the runner says so and keeps everything for later
            portal.stop();
            SyncRunner runner = desk.sync().runner();
            assertThat(runner.runOnce().lineDown()).isTrue();
            portal.startAgain();
            desk.dossierQuery().export(clerk, DossierFilter.tab(DossierFilter.Tab.ALL).withSearch(people.get(0).fullName()), null, 0, 50);
            SyncRunner.RunReport report = runner.runUntilEmpty(Duration.ofSeconds(90));
            assertThat(report.empty()).as(report.toString()).isTrue();
            LocalDate today = WorkCalendar.toLocal(java.time.Instant.now()).toLocalDate();
            Period month = Period.of(today.withDayOfMonth(1), today);
            for (PeriodicReport.Format f : PeriodicReport.Format.values()) {
                desk.periodicReport().write(chair, month, f, dir.resolve("bao-cao." + f.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }

        String logged = allLogText();
        assertThat(logged).as("the workload logged nothing: the test would prove nothing").contains("database ready");
        String folded = Text.fold(logged);
        for (ApplicantDetails p : people) {
            assertThat(logged).as("a name in the logs").doesNotContain(p.fullName());
            assertThat(Text.nfc(logged)).doesNotContain(Text.nfc(p.fullName()));
            assertThat(folded).as("a name without marks in the logs").doesNotContain(Text.fold(p.fullName()));
            assertThat(logged).as("an ID number in the logs").doesNotContain(p.idNumber());
            assertThat(logged).as("a phone number in the logs").doesNotContain(p.phone());
        }
    }

    @Test
    void anIdNumberThatReachesALogLineAnywayIsMasked() throws Exception {
        String id = "036190012345";
        org.slf4j.Logger log = LoggerFactory.getLogger("vn.motcua.dossier.IntakeService");
        log.warn("could not store the applicant {}", id, new IllegalStateException("Unique index violation: VALUES ('" + id + "')",
                new RuntimeException("caused by " + id)));
        String logged = allLogText();
        assertThat(logged).contains("could not store the applicant 0361******45").contains("VALUES ('0361******45')")
                .contains("caused by 0361******45").contains("at vn.motcua.logging.NoPersonalDataInLogsTest")
                .doesNotContain(id);
    }

    /** A citizen with a Vietnamese name and a valid 12-digit ID matching the birth date and sex. */
    private static ApplicantDetails person(SplitMix64 random, int i) {
        Sex sex = random.chance(50) ? Sex.MALE : Sex.FEMALE;
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(55 * 365));
        int centurySex = (born.getYear() / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
        String id = PLACES[random.nextInt(PLACES.length)] + centurySex + String.format("%02d", born.getYear() % 100)
                + String.format("%06d", random.nextInt(1_000_000));
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[(i + random.nextInt(3)) % GIVEN.length];
        return new ApplicantDetails(name, id, born, sex, "Thôn " + GIVEN[random.nextInt(GIVEN.length)] + ", xã Vụ Bản",
                "09" + String.format("%08d", random.nextInt(100_000_000)), null);
    }

    private String allLogText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }

    /** The product's logback.xml again with {@code motcua.logdir} set (null: its default), at its normal level. */
    private static void configureLogging(String logDir) throws Exception {
        if (logDir == null) {
            System.clearProperty("motcua.logdir");
        } else {
            System.setProperty("motcua.logdir", logDir);
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(NoPersonalDataInLogsTest.class.getResource("/logback.xml"));
    }
}
