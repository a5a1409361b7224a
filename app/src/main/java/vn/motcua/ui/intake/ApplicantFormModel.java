package vn.motcua.ui.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.IdProblem;
import vn.motcua.citizen.Sex;
import vn.motcua.ui.Ui;

/**
 * The applicant part of the intake form (người nộp hồ sơ): the fields as typed, a message under
 * each field that changes as the clerk types, and the returning applicants matching the name or ID.
 * "Name required" waits for a first save attempt: an empty form is not an error yet.
 */
public final class ApplicantFormModel {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter[] READ = {
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT)};
    private static final int LOOKUP_MIN = 3;

    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty nameProblem = new SimpleStringProperty("");
    private final StringProperty idProblem = new SimpleStringProperty("");
    private final StringProperty birthProblem = new SimpleStringProperty("");
    private final StringProperty addressProblem = new SimpleStringProperty("");
    private final StringProperty phoneProblem = new SimpleStringProperty("");
    private final StringProperty emailProblem = new SimpleStringProperty("");
    private final BooleanProperty showRequired = new SimpleBooleanProperty();
    private final ObservableList<ApplicantDetails> returning = FXCollections.observableArrayList();
    private final AtomicLong lookups = new AtomicLong();
    private final Ui ui;
    private final Function<String, List<ApplicantDetails>> directory;
    private boolean filling;

    /** @param directory finds returning applicants by ID prefix or name (called off the FX thread) */
    public ApplicantFormModel(Ui ui, Function<String, List<ApplicantDetails>> directory) {
        this.ui = ui;
        this.directory = directory;
        for (Observable o : fields()) {
            o.addListener(x -> validate());
        }
        showRequired.addListener(x -> validate());
        fullName.addListener((o, a, b) -> lookUp(b));
        idNumber.addListener((o, a, b) -> lookUp(b));
    }

    Observable[] fields() {
        return new Observable[] {fullName, idNumber, birthDate, sex, address, phone, email};
    }

    /** The applicant when nothing is wrong; otherwise every problem is shown and empty. */
    public Optional<ApplicantDetails> details() {
        showRequired.set(true);
        return validate() ? Optional.of(typed()) : Optional.empty();
    }

    /** What the form holds, problems or not (the summary card shows it as typed). */
    ApplicantDetails typed() {
        return new ApplicantDetails(fullName.get(), idNumber.get(), parseDate(birthDate.get()).orElse(null), sex.get(),
                address.get(), phone.get(), email.get());
    }

    /** Recomputes the message under each field; true when there is none. */
    boolean validate() {
        String name = "", id = "", birth = "", addr = "", tel = "", mail = "";
        Optional<LocalDate> date = parseDate(birthDate.get());
        if (!blank(birthDate.get()) && date.isEmpty()) {
            birth = ui.i18n().t("intake.birthDate.bad", birthDate.get().strip());
        }
        for (IdProblem p : typed().problems()) {
            String text = ui.i18n().t(p.key(), p.args());
            if (p.key().startsWith("citizen.name.")) {
                name = p.key().equals("citizen.name.required") && !showRequired.get() ? name : text;
            } else if (p.key().startsWith("citizen.id.")) {
                id = id.isEmpty() ? text : id;
            } else if (p.key().startsWith("citizen.birthDate.")) {
                birth = text;
            } else if (p.key().startsWith("citizen.address.")) {
                addr = text;
            } else if (p.key().startsWith("citizen.phone.")) {
                tel = text;
            } else if (p.key().startsWith("citizen.email.")) {
                mail = text;
            } else {
                name = text;
            }
        }
        nameProblem.set(name);
        idProblem.set(id);
        birthProblem.set(birth);
        addressProblem.set(addr);
        phoneProblem.set(tel);
        emailProblem.set(mail);
        boolean nameMissing = blank(fullName.get());
        return !nameMissing && String.join("", name, id, birth, addr, tel, mail).isEmpty();
    }

    /** Fills the form from a card or a returning applicant; fields the source lacks keep what was typed. */
    public void fill(ApplicantDetails d) {
        filling = true;
        try {
            fullName.set(or(d.fullName(), fullName.get()));
            idNumber.set(or(d.idNumber(), idNumber.get()));
            birthDate.set(d.birthDate() != null ? DATE.format(d.birthDate()) : birthDate.get());
            sex.set(d.sex() != null ? d.sex() : sex.get());
            address.set(or(d.address(), address.get()));
            phone.set(or(d.phone(), phone.get()));
            email.set(or(d.email(), email.get()));
        } finally {
            filling = false;
        }
        returning.clear();
    }

    void clear() {
        filling = true;
        try {
            for (StringProperty p : List.of(fullName, idNumber, birthDate, address, phone, email)) {
                p.set("");
            }
            sex.set(null);
        } finally {
            filling = false;
        }
        showRequired.set(false);
        returning.clear();
        validate();
    }

    private void lookUp(String text) {
        if (filling) {
            return;
        }
        long ticket = lookups.incrementAndGet();
        String q = text == null ? "" : text.strip();
        if (q.length() < LOOKUP_MIN || q.indexOf('|') >= 0) {
            returning.clear();
            return;
        }
        ui.runner().run(() -> directory.apply(q), found -> {
            if (ticket == lookups.get()) { // a newer keystroke has its own answer coming
                returning.setAll(found);
            }
        }, error -> ui.fail(error, m -> returning.clear()));
    }

    static Optional<LocalDate> parseDate(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : READ) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException e) {
                // next pattern
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty nameProblemProperty() {
        return nameProblem;
    }

    public StringProperty idProblemProperty() {
        return idProblem;
    }

    public StringProperty birthProblemProperty() {
        return birthProblem;
    }

    public StringProperty addressProblemProperty() {
        return addressProblem;
    }

    public StringProperty phoneProblemProperty() {
        return phoneProblem;
    }

    public StringProperty emailProblemProperty() {
        return emailProblem;
    }

    /** Returning applicants matching what is typed in the name or ID field. */
    public ObservableList<ApplicantDetails> returning() {
        return returning;
    }
}
