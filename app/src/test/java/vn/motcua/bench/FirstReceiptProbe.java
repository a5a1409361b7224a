package vn.motcua.bench;

import java.nio.file.Path;
import vn.motcua.AppContext;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.forms.Copies;
import vn.motcua.forms.FormFonts;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/**
 * Child of {@link IntakeBench}: opens the office as the desk does at start (fonts preloading
 * in the background), waits the second a clerk needs to fill a form, then times the first
 * receive + render; or, for the baseline, the first empty page with the same font.
 */
public final class FirstReceiptProbe {
    private FirstReceiptProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[1].equals("baseline")) {
            long t0 = System.nanoTime();
            IntakeBench.emptyPage();
            System.out.println("MS " + (System.nanoTime() - t0) / 1e6);
            return;
        }
        FormFonts.preloadInBackground();
        try (AppContext context = TestOffice.open(Path.of(args[0]))) {
            IntakeRequest request = Intakes.accept(context, Intakes.CERTIFIED_COPY);
            Thread.sleep(1000);
            long t0 = System.nanoTime();
            String code = context.intake().receive(Actor.SYSTEM, request).code();
            context.dossierForms().render("01", code, Copies.ONE);
            System.out.println("MS " + (System.nanoTime() - t0) / 1e6);
        }
    }
}
