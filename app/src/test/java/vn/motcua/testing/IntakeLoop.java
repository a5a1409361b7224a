package vn.motcua.testing;

import java.nio.file.Path;
import vn.motcua.AppContext;
import java.util.UUID;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;

/**
 * Child process for the kill and multi-desk tests: receives dossiers in a loop on an initialized office and
 * prints each code once the receive call has returned (i.e. after commit and disk sync).
 */
public final class IntakeLoop {
    private IntakeLoop() {
    }

    /**
     * One dossier, exactly once: a failure (e.g. the desk serving the database just closed) is
     * retried with the same client UUID, as a clerk pressing Save again would, so a receive
     * that did commit before the failure is returned, not made twice.
     */
    private static IntakeResult receiveOnce(AppContext context, IntakeRequest template) {
        IntakeRequest request = new IntakeRequest(UUID.randomUUID(), template.procedureCode(), template.applicant(),
                template.applicantType(), template.ownerName(), template.components(), template.channel(), null,
                template.sets(), template.returnMethod(), template.outcome(), template.reason());
        for (int attempt = 1; ; attempt++) {
            try {
                return context.intake().receive(Actor.SYSTEM, request);
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                System.err.println("receive failed, trying again: " + e);
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** {@code DATA_DIR [COUNT]}: without a count, until killed. */
    public static void main(String[] args) {
        long count = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
        try (AppContext context = TestOffice.open(Path.of(args[0]))) {
            IntakeRequest request = Intakes.accept(context, Intakes.CERTIFIED_COPY);
            System.out.println("READY");
            System.out.flush();
            for (long i = 0; i < count; i++) {
                System.out.println(receiveOnce(context, request).code());
                System.out.flush();
            }
        }
    }
}
