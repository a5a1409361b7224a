package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;

/**
 * A receipt the database came back without: the journal beside the file names it, its code is
 * never handed out again, and {@code doctor} fails on it. The loss is made the way it happens
 * (an H2 file that comes back at an earlier state): the file from before the last intake is put
 * back over the current one.
 */
class ReceiptJournalTest {
    @TempDir
    Path dir;

    @Test
    void aReceiptTheDatabaseLostKeepsItsNumberOutOfUseAndIsNamed() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        String first;
        try (AppContext context = TestOffice.initialized(dir)) {
            first = receive(context);
            assertThat(context.lostReceipts()).isEmpty();
        }
        Path file = data.databaseDir().resolve("motcua.mv.db");
        Path earlier = dir.resolve("earlier.mv.db");
        Files.copy(file, earlier);
        String lost;
        try (AppContext context = AppContext.open(data.prepare())) {
            lost = receive(context);
        }
        assertThat(sequence(lost)).isEqualTo(sequence(first) + 1);
        Files.copy(earlier, file, StandardCopyOption.REPLACE_EXISTING);

        try (AppContext context = AppContext.open(data.prepare())) {
            assertThat(context.lostReceipts()).extracting(ReceiptJournal.Entry::code).containsExactly(lost);
            assertThat(context.dossiers().byCode(lost)).as("the database really lost it").isEmpty();
            String next = receive(context);
            // the printed number is not handed to the next citizen
            assertThat(sequence(next)).isEqualTo(sequence(lost) + 1);
        }
        var checks = new vn.motcua.doctor.DoctorService(data, () -> vn.motcua.storage.Database.openConfigured(data, AppContext.ENTITIES))
                .run(e -> e.getMessage());
        var receipts = checks.stream().filter(c -> c.name().equals("receipts")).findFirst().orElseThrow();
        assertThat(receipts.status()).isEqualTo(vn.motcua.doctor.Check.Status.FAIL);
        assertThat(receipts.detail()).contains(lost).doesNotContain(first);
    }

    @Test
    void aHealthyDeskReportsNothingAndATornLastLineIsIgnored() throws Exception {
        try (AppContext context = TestOffice.initialized(dir)) {
            receive(context);
            receive(context);
        }
        Path journal = new DataDirectory(dir).receiptJournal();
        assertThat(new ReceiptJournal(journal).entries()).hasSize(2);
        // killed in the middle of a line: the half line is not a receipt
        Files.writeString(journal, UUID.randomUUID() + "\t000.00.06.H56-2611", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (AppContext context = AppContext.open(new DataDirectory(dir).prepare())) {
            assertThat(context.lostReceipts()).isEmpty();
            assertThat(new ReceiptJournal(journal).entries()).hasSize(2);
        }
    }

    @Test
    void theJournalKeepsItsNewestLines() {
        ReceiptJournal journal = new ReceiptJournal(dir.resolve("j").resolve("receipts.journal"));
        for (int i = 1; i <= 3000; i++) {
            journal.record(new ReceiptJournal.Entry(UUID.randomUUID(), "000.00.06.H56-261124-" + i, "code:x", i, "register:2026", i));
        }
        var entries = journal.entries();
        assertThat(entries.size()).isBetween(ReceiptJournal.KEEP, 3000 - 1);
        assertThat(entries.get(entries.size() - 1).codeValue()).isEqualTo(3000);
    }

    private static String receive(AppContext context) {
        Actor clerk = context.users().actingAs(TestOffice.ADMIN);
        return context.intake().receive(clerk, Intakes.accept(context, Intakes.CERTIFIED_COPY)).code();
    }

    private static int sequence(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }
}
