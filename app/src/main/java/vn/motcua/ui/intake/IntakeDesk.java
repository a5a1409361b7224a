package vn.motcua.ui.intake;

import java.util.List;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.Procedure;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Applicant;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.forms.Copies;
import vn.motcua.security.Actor;

/**
 * The services the intake screen calls, for the logged-in clerk. Every method may block
 * (database, PDF): the screen calls them only through the background runner.
 */
public interface IntakeDesk {
    List<Procedure> procedures();

    WorkCalendar calendar();

    List<ApplicantDetails> returningApplicants(String query);

    IntakeResult receive(IntakeRequest request);

    /** Form 01, 02 or 03 of a saved dossier as PDF bytes. */
    byte[] form(String formNumber, String code, Copies copies);

    static IntakeDesk of(AppContext context, Actor actor) {
        return new IntakeDesk() {
            @Override
            public List<Procedure> procedures() {
                return context.catalog().current().procedures();
            }

            @Override
            public WorkCalendar calendar() {
                return context.calendar().inForce();
            }

            @Override
            public List<ApplicantDetails> returningApplicants(String query) {
                return context.applicants().search(query, 6).stream().map(Applicant::details).toList();
            }

            @Override
            public IntakeResult receive(IntakeRequest request) {
                return context.intake().receive(actor, request);
            }

            @Override
            public byte[] form(String formNumber, String code, Copies copies) {
                return context.dossierForms().render(formNumber, code, copies);
            }
        };
    }
}
