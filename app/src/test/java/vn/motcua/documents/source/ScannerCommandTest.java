package vn.motcua.documents.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** The scanner command with real processes (POSIX tools stand in for scanimage / NAPS2). */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "uses cp, sh and sleep")
class ScannerCommandTest {
    private static final Messages VI = Messages.of(Language.VI);

    @TempDir
    Path tmp;

    AppContext context;
    String code;
    SourceIntake intake;
    Target target;

    @BeforeEach
    void office() {
        context = TestOffice.initialized(tmp.resolve("data"));
        code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        intake = new SourceIntake(tmp.resolve("scans"), new DossierSink(context.documents(), context.dossiers(), Actor.SYSTEM), VI, null,
                Clock.systemUTC());
        target = new Target(code, "CT01");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static ScannerCommand command(String line, int seconds) {
        return new ScannerCommand(line, Duration.ofSeconds(seconds));
    }

    private String refusal(ScannerCommand scanner) {
        try {
            scanner.scanInto(intake, target);
        } catch (UserFacingException e) {
            return e.key() + " | " + e.localized(VI);
        }
        throw new AssertionError("expected a refusal from " + scanner);
    }

    @Test
    void theOutputOfACommandIsFiledLikeAHotFolderFile() throws Exception {
        Path fixture = SourceFiles.jpeg(Files.createDirectories(tmp.resolve("bản quét")).resolve("trang 1.jpg"), 4);
        SourceOutcome outcome = command("cp \"" + fixture + "\" {out}", 60).scanInto(intake, target);
        assertThat(outcome.status()).isEqualTo(SourceOutcome.Status.FILED);
        assertThat(context.documents().linked(code)).singleElement().satisfies(d -> assertThat(d.componentCode()).isEqualTo("CT01"));
        assertThat(SourceFiles.imageStreams(vn.motcua.testing.Plain.of(outcome.documents().get(0).document().path()))).singleElement()
                .isEqualTo(Files.readAllBytes(fixture));
        // named after what it is (a JPEG), kept in done/ until pruned
        assertThat(outcome.keptAt().getParent()).isEqualTo(tmp.resolve("scans/done"));
        assertThat(outcome.keptAt().getFileName().toString()).startsWith("scan-").endsWith(".jpg");
        assertThat(Files.readAllBytes(outcome.keptAt())).isEqualTo(Files.readAllBytes(fixture));
        assertThat(SourceFiles.names(tmp.resolve("scans/scanner"))).isEmpty();
    }

    @Test
    void aStackFromTheScannerIsFiledAtItsSeparatorSheets() throws Exception {
        Path stack = SourceFiles.stack(tmp.resolve("stack.pdf"), code, List.of("#CHO", "Trang 1 của CHO", "#GTTT", "Trang 1 của GTTT"));
        SourceOutcome outcome = command("cp " + stack + " {out}", 60).scanInto(intake, target);
        assertThat(outcome.documents()).extracting(FiledDocument::componentCode).containsExactly("CHO", "GTTT");
        assertThat(context.documents().linked(code)).extracting(d -> d.componentCode()).containsExactlyInAnyOrder("CHO", "GTTT");
    }

    @Test
    void aCommandThatRunsTooLongIsKilledAndNothingIsLinked() throws Exception {
        // sleep itself refuses an extra argument: sh passes {out} as $1 and becomes sleep (exec);
        // an odd duration so no other process of the machine (CI runs others) carries the same argument
        assertThat(refusal(command("sh -c \"exec sleep 30.375\" sh {out}", 1))).startsWith("scan.run.timedOut").contains("sh").contains("1 giây");
        assertThat(running("30.375")).isEmpty();
        assertThat(context.documents().linked(code)).isEmpty();
        assertThat(SourceFiles.snapshot(tmp.resolve("scans")).stream().filter(f -> !f.startsWith("scanner"))).isEmpty();
    }

    @Test
    void theWholeProcessTreeIsKilled() {
        // sh starts a child sleep: killing only sh would leave it running
        assertThat(refusal(command("sh -c \"sleep 47.25 & sleep 48.25; wait\" {out}", 1))).startsWith("scan.run.timedOut");
        assertThat(running("47.25")).isEmpty();
        assertThat(running("48.25")).isEmpty();
    }

    /** Live processes of this machine whose arguments include {@code arg}; zombies (exited, not yet reaped) count as gone. */
    private static List<ProcessHandle> running(String arg) {
        return ProcessHandle.allProcesses().filter(h -> h.info().arguments().map(a -> Arrays.asList(a).contains(arg)).orElse(false))
                .filter(h -> !zombie(h)).toList();
    }

    private static boolean zombie(ProcessHandle h) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (Exception e) {
            return !h.isAlive();
        }
    }

    @Test
    void aMissingProgramIsNamed() {
        assertThat(refusal(command("khong-co-chuong-trinh-quet --output-file {out}", 5))).startsWith("scan.run.notFound")
                .contains("khong-co-chuong-trinh-quet").contains("Cài đặt");
    }

    @Test
    void aFailingCommandReportsItsExitCodeAndFirstErrorLine() {
        String message = refusal(command("sh -c \"echo; echo 'scanner busy: no paper' >&2; echo second line >&2; exit 3\" sh {out}", 30));
        assertThat(message).startsWith("scan.run.failed").contains("mã 3").contains("scanner busy: no paper").doesNotContain("second line");
        assertThat(refusal(command("sh -c \"exit 4\" sh {out}", 30))).startsWith("scan.run.failedSilently").contains("mã 4");
        assertThat(context.documents().linked(code)).isEmpty();
    }

    @Test
    void aCommandThatWritesNoFileSaysSo() {
        assertThat(refusal(command("true {out}", 30))).startsWith("scan.run.noFile").contains("{out}");
    }

    @Test
    void anEmptyOutputIsRefusedAndKeptWithItsReason() throws Exception {
        SourceOutcome outcome = command("touch {out}", 30).scanInto(intake, target);
        assertThat(outcome.status()).isEqualTo(SourceOutcome.Status.REFUSED);
        assertThat(outcome.message()).contains("rỗng");
        assertThat(Files.readString(outcome.keptAt().resolveSibling(outcome.keptAt().getFileName() + ".txt"))).contains("rỗng");
        assertThat(context.documents().linked(code)).isEmpty();
    }

    @Test
    void templatesSplitLikeAShellWithoutOne() {
        assertThat(CommandTemplate.split("scanimage --format=tiff --resolution 300 --output-file {out}"))
                .containsExactly("scanimage", "--format=tiff", "--resolution", "300", "--output-file", "{out}");
        assertThat(CommandTemplate.split("\"C:\\Program Files\\NAPS2\\NAPS2.Console.exe\" -o {out}"))
                .containsExactly("C:\\Program Files\\NAPS2\\NAPS2.Console.exe", "-o", "{out}");
        assertThat(CommandTemplate.split("  tool  --name=\"a b\"'c d' '' {out}.jpg "))
                .containsExactly("tool", "--name=a bc d", "", "{out}.jpg");
        assertThatThrownBy(() -> CommandTemplate.split("tool \"open {out}")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("scan.command.unclosedQuote"));
        assertThatThrownBy(() -> CommandTemplate.split("scanimage --output-file scan.tiff")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.localized(VI)).contains("{out}").contains("scanimage --output-file scan.tiff"));
        assertThatThrownBy(() -> new ScannerCommand("   ", Duration.ofSeconds(5))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("scan.command.empty"));
        assertThatThrownBy(() -> new ScannerCommand("x {out}", Duration.ZERO)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("scan.run.timeoutInvalid"));
    }

    @Test
    void outIsAFreshPathWithTheExtensionTheTemplateAsksFor() {
        Path out = tmp.resolve("work/scan-1.pdf");
        assertThat(command("scanimage --output-file={out}", 5).arguments(out)).containsExactly("scanimage", "--output-file=" + out);
        Path jpg = tmp.resolve("work/scan-1.jpg");
        assertThat(command("naps2 -o {out}.jpg", 5).arguments(jpg)).containsExactly("naps2", "-o", jpg.toString());
        assertThat(Optional.of(command("naps2 -o {out}.jpg", 5).program())).contains("naps2");
    }
}
