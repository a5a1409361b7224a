package vn.motcua.dossier;

import java.util.List;
import java.util.Locale;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ComponentSource;
import vn.motcua.common.UserFacingException;
import vn.motcua.fees.VietQr;
import vn.motcua.forms.ComponentRow;
import vn.motcua.forms.Copies;
import vn.motcua.forms.DocumentHeader;
import vn.motcua.forms.FeeRow;
import vn.motcua.forms.FormFonts;
import vn.motcua.forms.ReceiptData;
import vn.motcua.forms.ReceiptForm;
import vn.motcua.forms.RefusalData;
import vn.motcua.forms.RefusalForm;
import vn.motcua.forms.SeparatorData;
import vn.motcua.forms.SeparatorSheet;
import vn.motcua.forms.SupplementRequestData;
import vn.motcua.forms.SupplementRequestForm;
import vn.motcua.forms.ApologyForm;
import vn.motcua.forms.StopNoticeForm;
import vn.motcua.forms.ControlSheetForm;
import vn.motcua.forms.RegisterForm;
import vn.motcua.forms.RegisterData;
import java.time.LocalDate;
import vn.motcua.office.Office;
import vn.motcua.security.Actor;
import vn.motcua.office.OfficeService;

/**
 * Renders a stored dossier's forms: 01 (receipt), 02 (request to complete, at the counter or in
 * a processing round), 03 (refusal), 04 (apology and new appointment), 05 (stop notice), 06
 * (processing control sheet), and the register 07 for a date range. Always from the database, so a lost or torn receipt is printed again exactly as the first time. The wording
 * is Vietnamese only: these are legal documents.
 */
public final class DossierForms {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private final DossierRecords records;
    private final DossierQuery query;
    private final OfficeService office;
    private final CatalogService catalog;
    private final vn.motcua.security.UserService users;
    private final org.hibernate.SessionFactory db;
    private final vn.motcua.security.AuditTrail audit;

    public DossierForms(org.hibernate.SessionFactory db, DossierRecords records, DossierQuery query, OfficeService office,
            CatalogService catalog, vn.motcua.security.UserService users) {
        this(db, records, query, office, catalog, users, null);
    }

    /** With the audit trail that {@link #print} and {@link #register(Actor, LocalDate, LocalDate)} write to. */
    public DossierForms(org.hibernate.SessionFactory db, DossierRecords records, DossierQuery query, OfficeService office,
            CatalogService catalog, vn.motcua.security.UserService users, vn.motcua.security.AuditTrail audit) {
        this.audit = audit;
        this.db = db;
        this.records = records;
        this.query = query;
        this.office = office;
        this.catalog = catalog;
        this.users = users;
    }

    /**
     * A person prints or previews form 01 … 06 of the dossier (the desk, {@code forms render}): the
     * PDF, and a {@code FORM_PRINT} audit entry naming the form, in one transaction. The forms
     * carry the applicant's full name and ID number (the law needs them there).
     */
    public byte[] print(Actor actor, String formNumber, String code, Copies copies) {
        String form = formNumber(formNumber);
        return db.fromTransaction(s -> {
            DossierStory story = query.story(s, code);
            byte[] pdf = render(form, story, copies);
            requireAudit().record(s, actor, "FORM_PRINT", "dossier", story.dossier().id(),
                    story.dossier().code() + " form=" + form + " copies=" + copies.name());
            return pdf;
        });
    }

    /**
     * Form 01 … 06 of the dossier, as PDF bytes, not audited: for what the office does with a form
     * itself (the signing service signs the rendered letter). A person printing goes through
     * {@link #print}. Refused with a sentence when the dossier has not produced the form.
     */
    public byte[] render(String formNumber, String code, Copies copies) {
        String form = formNumber(formNumber);
        return render(form, query.story(code), copies);
    }

    private static String formNumber(String formNumber) {
        String form = formNumber == null ? "" : formNumber.startsWith("0") ? formNumber : "0" + formNumber;
        if (!List.of("01", "02", "03", "04", "05", "06").contains(form)) {
            throw new UserFacingException("forms.unknownForm", String.valueOf(formNumber));
        }
        return form;
    }

    private byte[] render(String form, DossierStory story, Copies copies) {
        ProcessingForms.require(story, form);
        Dossier d = story.dossier();
        Office here = office.current().orElseThrow(() -> new UserFacingException("office.notInitialized"));
        FormFonts fonts = FormFonts.shared();
        return switch (form) {
            case "01" -> new ReceiptForm(fonts).render(receipt(d, here), copies);
            case "02" -> new SupplementRequestForm(fonts).render(supplement(story, here));
            case "03" -> new RefusalForm(fonts).render(refusal(d, here));
            case "04" -> new ApologyForm(fonts).render(ProcessingForms.apology(story, header(d, here), here, signer()));
            case "05" -> new StopNoticeForm(fonts).render(ProcessingForms.stopNotice(story, header(d, here), signer()));
            default -> new ControlSheetForm(fonts).render(ProcessingForms.controlSheet(story, header(d, here), here));
        };
    }

    /**
     * Form 07 taken out by a person: the register, and a {@code DOSSIER_EXPORT} audit entry naming
     * the days and how many dossiers it lists (names and addresses of every applicant).
     */
    public byte[] register(Actor actor, LocalDate from, LocalDate to) {
        return db.fromTransaction(s -> {
            Office here = office.current().orElseThrow(() -> new UserFacingException("office.notInitialized"));
            var rows = DossierRegister.rows(db, from, to);
            byte[] pdf = register(here, from, to, rows);
            requireAudit().record(s, actor, "DOSSIER_EXPORT", "register", null,
                    "form=07 from=" + from + " to=" + to + " rows=" + rows.size());
            return pdf;
        });
    }

    /** Form 07, the register of the dossiers received from {@code from} to {@code to} (both included); not audited. */
    public byte[] register(LocalDate from, LocalDate to) {
        Office here = office.current().orElseThrow(() -> new UserFacingException("office.notInitialized"));
        return register(here, from, to, DossierRegister.rows(db, from, to));
    }

    private static byte[] register(Office here, LocalDate from, LocalDate to, List<vn.motcua.forms.RegisterRow> rows) {
        DocumentHeader header = new DocumentHeader(here.parentBody() == null ? null : here.parentBody().toUpperCase(VI),
                here.name().toUpperCase(VI), here.placeOnForms(), to);
        return new RegisterForm(FormFonts.shared()).render(new RegisterData(header, from, to, rows));
    }

    private vn.motcua.security.AuditTrail requireAudit() {
        if (audit == null) {
            throw new IllegalStateException("these DossierForms were built without an audit trail");
        }
        return audit;
    }

    /** The commune chair who signs letters to citizens: the first active account with the chair role, else a blank line. */
    private String signer() {
        return users.list().stream().filter(u -> u.active() && u.roles().contains(vn.motcua.security.Role.CHAIR))
                .map(vn.motcua.security.StaffUser::fullName).findFirst().orElse(null);
    }

    /**
     * Separator sheets for scanning the dossier in one stack: one page per component, in the
     * dossier's order, each to be put before that component's papers.
     */
    public byte[] separators(String code) {
        Dossier d = records.require(code);
        List<SeparatorData> sheets = d.components().stream()
                .map(c -> new SeparatorData(d.code(), c.code(), c.name())).toList();
        if (sheets.isEmpty()) {
            throw new UserFacingException("forms.separator.noComponents", d.code());
        }
        return new SeparatorSheet(FormFonts.shared()).render(sheets);
    }

    ReceiptData receipt(Dossier d, Office here) {
        List<DossierFee> fees = records.fees(d.id());
        long due = fees.stream().filter(f -> f.state() == FeeState.DUE).mapToLong(DossierFee::amount).sum();
        String paymentQr = due > 0 && here.bankAccount().isPresent()
                ? VietQr.payload(here.bankAccount().get().bin(), here.bankAccount().get().account(), due, FeeWording.purpose(d.code()))
                : null;
        ApplicantSnapshot a = d.applicant();
        return new ReceiptData(header(d, here), d.code(), LookupLink.of(here.lookupUrl(), d.code()),
                LookupLink.hint(here.lookupUrl()), a.fullName(), a.idNumber(), a.address(), a.phone(), a.email(),
                d.procedureName(), d.ownerName(), rows(d), d.sets(), d.legalTime(), WorkCalendar.toLocal(d.receivedAt()),
                d.dueAt() == null ? null : WorkCalendar.toLocal(d.dueAt()), returnMethod(d),
                fees.stream().map(f -> new FeeRow(f.name(), f.amount())).toList(), FeeWording.collection(fees, here),
                paymentQr, d.registerBook(), String.valueOf(d.registerLine()), d.receivedByName());
    }

    private SupplementRequestData supplement(DossierStory story, Office here) {
        Dossier d = story.dossier();
        if (!story.rounds().isEmpty()) {
            // a round asked during processing: what to add is the round's text, asked by whoever asked it
            SupplementRound round = story.rounds().get(story.rounds().size() - 1);
            List<ComponentRow> rows = d.components().stream().filter(c -> !c.provided())
                    .map(c -> new ComponentRow(c.name(), c.originals(), c.certifiedCopies(), c.photocopies(), "Bổ sung")).toList();
            if (rows.isEmpty()) {
                rows = List.of(new ComponentRow(round.content(), 0, 0, 0, "Bổ sung, hoàn thiện"));
            }
            return new SupplementRequestData(header(d, here), d.code(), d.applicant().fullName(), d.procedureName(), rows,
                    round.content(), LookupLink.rulesPublishedAt(here.lookupUrl()), round.requestedBy(), here.phone(), round.requestedBy());
        }
        return supplementAtCounter(d, here);
    }

    private SupplementRequestData supplementAtCounter(Dossier d, Office here) {
        // what to bring is what the procedure asked for, in the catalogue version the dossier was received under
        var procedure = catalog.find(d.procedureCode(), d.catalogVersion());
        List<ComponentRow> missing = d.components().stream().filter(c -> !c.provided()).map(c -> procedure
                        .flatMap(p -> p.component(c.code()))
                        .map(r -> new ComponentRow(c.name(), r.originals(), r.certifiedCopies(), r.photocopies(), "Bổ sung"))
                        .orElse(new ComponentRow(c.name(), 1, 0, 0, "Bổ sung")))
                .toList();
        return new SupplementRequestData(header(d, here), d.code(), d.applicant().fullName(), d.procedureName(), missing,
                d.reason() != null ? d.reason() : "Hồ sơ chưa đủ thành phần theo quy định.", LookupLink.rulesPublishedAt(here.lookupUrl()),
                d.receivedByName(), here.phone(), d.receivedByName());
    }

    private RefusalData refusal(Dossier d, Office here) {
        String help = here.phone() == null ? here.name() : here.name() + ", điện thoại " + here.phone();
        return new RefusalData(header(d, here), d.code(), d.applicant().fullName(), d.procedureName(), d.reason(), help,
                d.receivedByName());
    }

    private static DocumentHeader header(Dossier d, Office here) {
        return new DocumentHeader(here.parentBody() == null ? null : here.parentBody().toUpperCase(VI),
                here.name().toUpperCase(VI), here.placeOnForms(), d.receiptDay());
    }

    private static List<ComponentRow> rows(Dossier d) {
        return d.components().stream().filter(DossierComponent::provided)
                .map(c -> new ComponentRow(c.name(), c.originals(), c.certifiedCopies(), c.photocopies(), note(c.source())))
                .toList();
    }

    private static String note(ComponentSource source) {
        return switch (source) {
            case LOOK_UP -> "Tra cứu CSDL quốc gia";
            case SHOW_ONLY -> "Xuất trình";
            case COLLECT_PAPER -> null;
        };
    }

    private static String returnMethod(Dossier d) {
        return d.returnMethod() != null ? d.returnMethod() : "Trả trực tiếp tại Trung tâm Phục vụ hành chính công";
    }
}
