package vn.motcua.ui.intake;

import java.util.List;
import java.util.UUID;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.Procedure;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Applicant;
import vn.motcua.documents.DossierDocument;
import vn.motcua.documents.ReuseOffer;
import vn.motcua.dossier.DossierFee;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.PaymentRequest;
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

    /** The fee lines of a saved dossier, in line order. */
    List<DossierFee> fees(UUID dossierId);

    /** The VietQR transfer request for what is still due; {@code fees.noBankAccount} when no account is set. */
    PaymentRequest paymentRequest(String code);

    /** The clerk confirms the money: every line still due becomes paid. */
    List<DossierFee> pay(String code, PaymentMethod method, String reference);

    /** Waives every line still due on a legal ground (required). */
    List<DossierFee> exempt(String code, String legalGround);

    /** Earlier scans of this applicant that the procedure's components could reuse. */
    List<ReuseOffer> reuseOffers(String idNumber, String procedureCode);

    /** Links an offered earlier scan to a component of a saved dossier (flagged reused). */
    DossierDocument reuse(String dossierCode, String componentCode, UUID documentId);

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
                return context.applicants().search(actor, query, 6).stream().map(Applicant::details).toList();
            }

            @Override
            public IntakeResult receive(IntakeRequest request) {
                return context.intake().receive(actor, request);
            }

            @Override
            public byte[] form(String formNumber, String code, Copies copies) {
                return context.dossierForms().print(actor, formNumber, code, copies);
            }

            @Override
            public List<DossierFee> fees(UUID dossierId) {
                return context.dossiers().fees(dossierId);
            }

            @Override
            public PaymentRequest paymentRequest(String code) {
                return context.fees().qr(code);
            }

            @Override
            public List<DossierFee> pay(String code, PaymentMethod method, String reference) {
                return context.fees().pay(actor, code, method, reference);
            }

            @Override
            public List<DossierFee> exempt(String code, String legalGround) {
                return context.fees().exempt(actor, code, legalGround);
            }

            @Override
            public List<ReuseOffer> reuseOffers(String idNumber, String procedureCode) {
                return context.reuse().offers(actor, idNumber, procedureCode);
            }

            @Override
            public DossierDocument reuse(String dossierCode, String componentCode, UUID documentId) {
                return context.reuse().reuse(actor, dossierCode, componentCode, documentId);
            }
        };
    }
}
