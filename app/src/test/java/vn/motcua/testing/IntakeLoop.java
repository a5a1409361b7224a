package vn.motcua.testing;

import java.nio.file.Path;
import vn.motcua.AppContext;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;

/**
 * Child process for the kill and multi-desk tests: receives dossiers in a loop on an initialized office and
 * prints each code once the receive call has returned (i.e. after commit and disk sync).
 */
public final class IntakeLoop {
    private IntakeLoop() {
    }

    /** {@code DATA_DIR [COUNT]}: without a count, until killed. */
    public static void main(String[] args) {
        long count = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
        try (AppContext context = TestOffice.open(Path.of(args[0]))) {
            IntakeRequest request = Intakes.accept(context, Intakes.CERTIFIED_COPY);
            System.out.println("READY");
            System.out.flush();
            for (long i = 0; i < count; i++) {
                System.out.println(context.intake().receive(Actor.SYSTEM, request).code());
                System.out.flush();
            }
        }
    }
}
