package vn.motcua.ui.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRating;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStory;
import vn.motcua.dossier.HandOver;
import vn.motcua.forms.Copies;
import vn.motcua.security.Actor;
import vn.motcua.security.StaffUser;

/**
 * The services one dossier's view calls, for the logged-in clerk. Every method may block
 * (database, PDF rendering): the view calls them only through the background runner.
 */
public interface DossierDesk {
    /**
     * Everything the view shows, read at once. The first load of a code by this desk is audited
     * as the person viewing the dossier ({@code DOSSIER_VIEW}); reloads after an action are not.
     */
    DossierSnapshot load(String code);

    /** The chair signs (loads the key with the PIN, signs, logs out, wipes the PIN). */
    vn.motcua.dossier.DossierSignature sign(String code, SignRequest request);

    /** Active colleagues the dossier can be handed to. */
    List<StaffUser> colleagues();

    void handOver(String code, HandOver request);

    void requestSupplement(String code, String content);

    void receiveSupplement(String code, String note);

    void extend(String code, int workingDays, String reason);

    void resultReady(String code, String note);

    void returnResult(String code, String receivedBy, String note);

    /** Refusal, withdrawal or stop: the dossier ends. */
    void close(String code, DossierStatus to, String reason);

    DossierRating rate(String code, int level, String reason);

    /** Form "01".."07" of the dossier as PDF bytes. */
    byte[] form(String formNumber, String code);

    /** Whether the logged-in person may do what {@code permission} guards (the view offers only that). */
    default boolean may(vn.motcua.security.Permission permission) {
        return true;
    }

    static DossierDesk of(AppContext context, Actor actor) {
        return of(context, actor, Clock.systemUTC());
    }

    /** @param clock the clock the context was opened with (tells "today" for the due-date warning) */
    static DossierDesk of(AppContext context, Actor actor, Clock clock) {
        return new DossierDesk() {
            /** Codes this desk has opened: the first load of each is the audited view, reloads after an action are not. */
            private final java.util.Set<String> opened = java.util.concurrent.ConcurrentHashMap.newKeySet();

            @Override
            public boolean may(vn.motcua.security.Permission permission) {
                return actor.may(permission);
            }

            @Override
            public DossierSnapshot load(String code) {
                DossierStory story = opened.contains(code) ? context.dossierQuery().story(code)
                        : context.dossierQuery().open(actor, code);
                opened.add(code);
                Dossier d = story.dossier();
                List<DossierDocument> documents = context.documents().linked(d.code());
                WorkCalendar rules = context.calendar().inForce();
                LocalDateTime now = WorkCalendar.toLocal(clock.instant());
                Duration remaining = null;
                if (d.status().clockRuns() && d.dueAt() != null) {
                    remaining = vn.motcua.dossier.DossierQuery.remaining(rules, d.dueAt(), clock.instant());
                }
                LocalDate today = now.toLocalDate();
                return new DossierSnapshot(story, remaining, documents, context.dossierQuery().signatures(d.id()), today,
                        rules.addWorkingDays(today, 1));
            }

            @Override
            public vn.motcua.dossier.DossierSignature sign(String code, SignRequest r) {
                try (vn.motcua.signing.SigningKey key = r.token() ? vn.motcua.signing.SigningKeys.pkcs11(r.library(), r.slot(), r.pin())
                        : vn.motcua.signing.SigningKeys.pkcs12(r.pkcs12(), r.pin())) {
                    return context.signing().sign(actor, code, r.what(), key);
                } finally {
                    java.util.Arrays.fill(r.pin(), '\0');
                }
            }

            @Override
            public List<StaffUser> colleagues() {
                return context.users().list().stream().filter(StaffUser::active).toList();
            }

            @Override
            public void handOver(String code, HandOver request) {
                context.processing().handOver(actor, code, request);
            }

            @Override
            public void requestSupplement(String code, String content) {
                context.processing().requestSupplement(actor, code, content);
            }

            @Override
            public void receiveSupplement(String code, String note) {
                context.processing().receiveSupplement(actor, code, note);
            }

            @Override
            public void extend(String code, int workingDays, String reason) {
                context.processing().extend(actor, code, workingDays, reason);
            }

            @Override
            public void resultReady(String code, String note) {
                context.processing().resultReady(actor, code, note);
            }

            @Override
            public void returnResult(String code, String receivedBy, String note) {
                context.processing().returnResult(actor, code, receivedBy, note);
            }

            @Override
            public void close(String code, DossierStatus to, String reason) {
                context.processing().close(actor, code, to, reason);
            }

            @Override
            public DossierRating rate(String code, int level, String reason) {
                return context.processing().rate(actor, code, level, reason);
            }

            @Override
            public byte[] form(String formNumber, String code) {
                return context.dossierForms().print(actor, formNumber, code, Copies.ONE);
            }
        };
    }
}
