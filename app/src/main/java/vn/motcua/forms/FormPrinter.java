package vn.motcua.forms;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import vn.motcua.common.UserFacingException;

/**
 * Prints a rendered form through the operating system's print dialog (the clerk picks the
 * printer, copies, tray). PDFBox draws the pages with the fonts embedded in the PDF, so no
 * system font is needed.
 */
public final class FormPrinter {
    private FormPrinter() {
    }

    /**
     * @return {@code true} once sent to the printer, {@code false} when the clerk cancelled the dialog
     * @throws UserFacingException {@code forms.noPrinter} when the computer has no printer,
     *                             {@code forms.printFailed} when the printer refused the job
     */
    public static boolean print(byte[] pdf, String jobName) {
        if (PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            throw new UserFacingException("forms.noPrinter");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (PrinterException e) {
            throw new UserFacingException(e, "forms.printFailed", String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
