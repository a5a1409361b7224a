package vn.motcua.testing;

import java.nio.file.Path;
import vn.motcua.AppContext;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;

/**
 * Child process for the kill test: receives dossiers in a loop on an initialized office and
 * prints each code once the receive call has returned (i.e. after commit and disk sync).
 */
public final class IntakeLoop {
    private IntakeLoop() {
    }

    public static void main(String[] args) {
        try (AppContext context = TestOffice.open(Path.of(args[0]))) {
            IntakeRequest request = Intakes.accept(context, Intakes.CERTIFIED_COPY);
            System.out.println("READY");
            System.out.flush();
            while (true) {
                System.out.println(context.intake().receive(Actor.SYSTEM, request).code());
                System.out.flush();
            }
        }
    }
}
