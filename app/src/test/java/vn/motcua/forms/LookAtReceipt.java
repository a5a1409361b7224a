package vn.motcua.forms;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample forms to /tmp/forms-look (or the folder given) to look at them. */
final class LookAtReceipt {
    private LookAtReceipt() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/forms-look");
        Files.createDirectories(dir);
        FormFonts fonts = FormFonts.shared();
        Files.write(dir.resolve("receipt.pdf"), new ReceiptForm(fonts).render(SampleForms.receipt(), Copies.ONE));
        Files.write(dir.resolve("receipt-long.pdf"), new ReceiptForm(fonts).render(
                SampleForms.receiptWithComponents(SampleForms.manyComponents(40)), Copies.ONE));
        Files.write(dir.resolve("supplement.pdf"), new SupplementRequestForm(fonts).render(SampleForms.supplement()));
        Files.write(dir.resolve("refusal.pdf"), new RefusalForm(fonts).render(SampleForms.refusal()));
    }
}
