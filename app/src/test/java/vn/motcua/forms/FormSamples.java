package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes sample PDFs of forms 04 to 07 under target/form-samples so that a reviewer can look at
 * them ({@code /work/shared/tools/pdf-look FILE.pdf}); also runnable as a main with a folder.
 */
class FormSamples {
    @Test
    void writesSamplesUnderTarget() throws IOException {
        Path dir = Path.of("target", "form-samples");
        write(dir);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".pdf")).count()).isGreaterThanOrEqualTo(7);
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "target/form-samples"));
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        FormFonts fonts = FormFonts.shared();
        Files.write(dir.resolve("04-apology.pdf"), new ApologyForm(fonts).render(ProcessingSamples.apology()));
        Files.write(dir.resolve("05-stop-withdrawn.pdf"), new StopNoticeForm(fonts).render(ProcessingSamples.stop(true)));
        Files.write(dir.resolve("05-stop-by-office.pdf"), new StopNoticeForm(fonts).render(ProcessingSamples.stop(false)));
        Files.write(dir.resolve("06-control-sheet.pdf"),
                new ControlSheetForm(fonts).render(ProcessingSamples.controlSheet(ProcessingSamples.handOvers())));
        Files.write(dir.resolve("06-control-sheet-long.pdf"),
                new ControlSheetForm(fonts).render(ProcessingSamples.controlSheet(ProcessingSamples.manyHandOvers(30))));
        Files.write(dir.resolve("07-register.pdf"), new RegisterForm(fonts).render(ProcessingSamples.register(60)));
        Files.write(dir.resolve("07-register-empty.pdf"), new RegisterForm(fonts).render(ProcessingSamples.register(0)));
    }
}
