package vn.motcua.ui.admin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.common.UserFacingException;
import vn.motcua.office.BankAccount;
import vn.motcua.office.Numbering;
import vn.motcua.office.NumberingMode;
import vn.motcua.office.Office;
import vn.motcua.office.OfficeService;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import vn.motcua.ui.Ui;

/**
 * Thông tin Trung tâm: what forms print (names, place, phone), the lookup URL in the receipt's
 * QR, the bank account fees are transferred to, and who numbers dossier codes. The service
 * validates everything before it writes anything; its sentence is shown under the form and
 * the stored values are read back after a save.
 */
public final class OfficeSettingsViewModel {
    private final StringProperty agency = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty parentBody = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty lookupUrl = new SimpleStringProperty("");
    private final StringProperty bankBin = new SimpleStringProperty("");
    private final StringProperty bankAccount = new SimpleStringProperty("");
    private final StringProperty bankName = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<NumberingMode> mode = new javafx.beans.property.SimpleObjectProperty<>(NumberingMode.LOCAL);
    private final StringProperty rangeFrom = new SimpleStringProperty("");
    private final StringProperty rangeTo = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final Ui ui;
    private final OfficeService office;
    private final Actor actor;

    public OfficeSettingsViewModel(Ui ui, OfficeService office, Actor actor) {
        this.ui = ui;
        this.office = office;
        this.actor = actor;
    }

    public void load() {
        ui.runner().run(office::current, o -> o.ifPresent(this::show), e -> ui.fail(e, message::set));
    }

    /** Saves the form; blank fields keep what is stored (the service changes only what is given). */
    public void save() {
        message.set("");
        saved.set(false);
        Form form = new Form(name.get(), province.get(), lookupUrl.get(), parentBody.get(), place.get(), phone.get(),
                bankBin.get(), bankAccount.get(), bankName.get(), mode.get(), rangeFrom.get(), rangeTo.get());
        ui.runner().run(() -> office.configure(actor, form.settings()), o -> {
            show(o);
            saved.set(true);
            message.set(ui.i18n().t("adminOffice.saved"));
        }, e -> ui.fail(e, message::set));
    }

    /** The typed values, read on the FX thread and turned into settings on the worker. */
    private record Form(String name, String province, String lookupUrl, String parentBody, String place, String phone,
            String bin, String account, String bankName, NumberingMode mode, String from, String to) {
        OfficeSettings settings() {
            String b = AdminText.blankToNull(bin);
            String a = AdminText.blankToNull(account);
            String n = AdminText.blankToNull(bankName);
            BankAccount bank = b == null && a == null && n == null ? null : new BankAccount(b, a, n);
            return new OfficeSettings(AdminText.blankToNull(name), AdminText.blankToNull(province),
                    AdminText.blankToNull(lookupUrl), AdminText.blankToNull(parentBody), AdminText.blankToNull(place),
                    AdminText.blankToNull(phone), bank, numbering());
        }

        /** Local needs no numbers; a range, and the offline range of leased numbering, are read from the two fields. */
        private Numbering numbering() {
            if (mode == NumberingMode.LOCAL) {
                return Numbering.local();
            }
            String f = AdminText.orEmpty(from).strip();
            String t = AdminText.orEmpty(to).strip();
            if (!f.matches("\\d{1,4}") || !t.matches("\\d{1,4}")) {
                throw new UserFacingException("office.badRangeText", f + "-" + t);
            }
            int a = Integer.parseInt(f);
            int b = Integer.parseInt(t);
            return mode == NumberingMode.LEASED ? Numbering.leased(a, b) : Numbering.range(a, b);
        }
    }

    private void show(Office o) {
        agency.set(o.agencyCode());
        name.set(AdminText.orEmpty(o.name()));
        province.set(AdminText.orEmpty(o.province()));
        parentBody.set(AdminText.orEmpty(o.parentBody()));
        place.set(AdminText.orEmpty(o.placeName()));
        phone.set(AdminText.orEmpty(o.phone()));
        lookupUrl.set(AdminText.orEmpty(o.lookupUrl()));
        bankBin.set(o.bankAccount().map(BankAccount::bin).orElse(""));
        bankAccount.set(o.bankAccount().map(BankAccount::account).orElse(""));
        bankName.set(o.bankAccount().map(BankAccount::bankName).map(AdminText::orEmpty).orElse(""));
        Numbering n = o.numbering();
        mode.set(n.mode());
        rangeFrom.set(String.format("%04d", n.from()));
        rangeTo.set(String.format("%04d", n.to()));
    }

    public StringProperty agencyProperty() {
        return agency;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty parentBodyProperty() {
        return parentBody;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty lookupUrlProperty() {
        return lookupUrl;
    }

    public StringProperty bankBinProperty() {
        return bankBin;
    }

    public StringProperty bankAccountProperty() {
        return bankAccount;
    }

    public StringProperty bankNameProperty() {
        return bankName;
    }

    /** Who numbers: this desk alone, a sub-range ("Dùng dải số"), or blocks leased from the portal with an offline range. */
    public javafx.beans.property.ObjectProperty<NumberingMode> modeProperty() {
        return mode;
    }

    public StringProperty rangeFromProperty() {
        return rangeFrom;
    }

    public StringProperty rangeToProperty() {
        return rangeTo;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True after the last save succeeded (the message is then a confirmation, not an error). */
    public BooleanProperty savedProperty() {
        return saved;
    }
}
