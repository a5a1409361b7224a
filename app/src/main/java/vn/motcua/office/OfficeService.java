package vn.motcua.office;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;
import vn.motcua.security.UserService;

/** The office record: first-run setup (once, ever) and what the rest of the desk reads. */
public final class OfficeService {
    /** Opaque, but never blank or with spaces: it is printed inside every dossier code. */
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9.]{1,64}");
    /** NAPAS bank identification number: six digits. */
    private static final Pattern BANK_BIN = Pattern.compile("\\d{6}");
    /** EMVCo caps the beneficiary account at 19 characters. */
    private static final Pattern BANK_ACCOUNT = Pattern.compile("[0-9A-Za-z]{1,19}");
    private static final Pattern PHONE = Pattern.compile("[0-9 .+()-]{6,20}");

    private final SessionFactory db;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;

    public OfficeService(SessionFactory db, UserService users, AuditTrail audit, Clock clock) {
        this.db = db;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isInitialized() {
        return current().isPresent();
    }

    public Optional<Office> current() {
        return db.fromTransaction(s -> s.createSelectionQuery("from Office", Office.class)
                .setMaxResults(1)
                .uniqueResultOptional());
    }

    /**
     * Creates the office and its administrator in one transaction. Refused when the office
     * already exists: a second setup would hand out dossier codes under another agency ID.
     * The first account is administrator and clerk: on a single desk the person who sets the
     * office up also receives its dossiers (an administrator alone handles no dossier).
     */
    public Office initialize(OfficeSetup setup) {
        String code = Text.nfc(setup.agencyCode());
        if (code == null || !AGENCY_CODE.matcher(code).matches()) {
            throw new UserFacingException("office.badAgencyCode", setup.agencyCode() == null ? "" : setup.agencyCode());
        }
        String name = Text.nfcOrNull(setup.officeName());
        if (name == null) {
            throw new UserFacingException("office.nameRequired");
        }
        String url = Text.nfcOrNull(setup.lookupUrl());
        if (url != null && !isHttpUrl(url)) {
            throw new UserFacingException("office.badLookupUrl", url);
        }
        try {
            return db.fromTransaction(s -> {
                if (s.createSelectionQuery("select count(o) from Office o", Long.class).getSingleResult() > 0) {
                    throw new UserFacingException("office.alreadyInitialized");
                }
                Office office = new Office(code, name, Text.nfcOrNull(setup.province()), url, clock.instant());
                s.persist(office);
                audit.record(s, Actor.SYSTEM, "OFFICE_INIT", "office", office.id(), code);
                users.addWithin(s, Actor.SYSTEM, new NewUser(setup.adminUsername(), setup.adminFullName(),
                        setup.adminPassword(), EnumSet.of(Role.ADMINISTRATOR, Role.CLERK)));
                return office;
            });
        } catch (jakarta.persistence.PersistenceException e) {
            // Two setups racing: the singleton constraint let only one through.
            throw new UserFacingException(e, "office.alreadyInitialized");
        }
    }

    /** The office hours in force; the standard hours before the office is set up. */
    public OfficeHours hours() {
        return current().map(Office::hours).orElseGet(OfficeHours::standard);
    }

    /**
     * Sets the office hours (administrators only); {@code saturday} null for no Saturday
     * reception. Due dates computed from now on use them; the calendar version changes.
     */
    public OfficeHours setHours(Actor actor, String morning, String afternoon, String saturday) {
        actor.require(Permission.CONFIGURE_OFFICE);
        OfficeHours hours;
        try {
            hours = OfficeHours.weekdays(SessionText.parse(morning, "--morning"), SessionText.parse(afternoon, "--afternoon"));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "office.sessionsOverlap", morning, afternoon);
        }
        OfficeHours result = saturday == null ? hours : hours.withSaturdayReception(SessionText.parse(saturday, "--saturday-reception"));
        return db.fromTransaction(s -> {
            Office office = s.createSelectionQuery("from Office", Office.class).setMaxResults(1).uniqueResultOptional()
                    .orElseThrow(() -> new UserFacingException("office.notInitialized"));
            office.setHours(result);
            audit.record(s, actor, "OFFICE_HOURS_SET", "office", office.id(), result.id());
            return result;
        });
    }

    /**
     * Changes the office settings (administrators only); components left null stay as they
     * are. Validated whole before anything is written.
     */
    public Office configure(Actor actor, OfficeSettings settings) {
        actor.require(Permission.CONFIGURE_OFFICE);
        OfficeSettings clean = normalized(settings);
        return db.fromTransaction(s -> {
            Office office = s.createSelectionQuery("from Office", Office.class).setMaxResults(1).uniqueResultOptional()
                    .orElseThrow(() -> new UserFacingException("office.notInitialized"));
            office.configure(clean);
            audit.record(s, actor, "OFFICE_CONFIGURE", "office", office.id(), changedParts(clean));
            return office;
        });
    }

    /** Sets the pause policy for dossiers received from now on; a dossier keeps the policy it was received under. */
    public Office setPausePolicy(Actor actor, vn.motcua.calendar.PausePolicy policy) {
        actor.require(Permission.CONFIGURE_OFFICE);
        return db.fromTransaction(s -> {
            Office office = s.createSelectionQuery("from Office", Office.class).setMaxResults(1).uniqueResultOptional()
                    .orElseThrow(() -> new UserFacingException("office.notInitialized"));
            office.pausePolicy(policy);
            audit.record(s, actor, "OFFICE_CONFIGURE", "office", office.id(), "pausePolicy=" + policy);
            return office;
        });
    }

    private static OfficeSettings normalized(OfficeSettings in) {
        String url = Text.nfcOrNull(in.lookupUrl());
        if (url != null && !isHttpUrl(url)) {
            throw new UserFacingException("office.badLookupUrl", url);
        }
        String phone = Text.nfcOrNull(in.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new UserFacingException("office.badPhone", phone);
        }
        BankAccount bank = in.bank();
        if (bank != null) {
            String bin = Text.nfcOrNull(bank.bin());
            String account = Text.nfcOrNull(bank.account());
            if (bin == null || !BANK_BIN.matcher(bin).matches()) {
                throw new UserFacingException("office.badBankBin", bin == null ? "" : bin);
            }
            if (account == null || !BANK_ACCOUNT.matcher(account).matches()) {
                throw new UserFacingException("office.badBankAccount", account == null ? "" : account);
            }
            bank = new BankAccount(bin, account, Text.nfcOrNull(bank.bankName()));
        }
        return new OfficeSettings(Text.nfcOrNull(in.name()), Text.nfcOrNull(in.province()), url,
                Text.nfcOrNull(in.parentBody()), Text.nfcOrNull(in.placeName()), phone, bank, in.numbering());
    }

    private static String changedParts(OfficeSettings s) {
        StringBuilder parts = new StringBuilder();
        java.util.function.BiConsumer<String, Object> add = (label, value) -> {
            if (value != null) {
                parts.append(parts.isEmpty() ? "" : ",").append(label);
            }
        };
        add.accept("name", s.name());
        add.accept("province", s.province());
        add.accept("lookupUrl", s.lookupUrl());
        add.accept("parentBody", s.parentBody());
        add.accept("placeName", s.placeName());
        add.accept("phone", s.phone());
        add.accept("bank", s.bank());
        add.accept("numbering " + (s.numbering() == null ? "" : s.numbering()), s.numbering());
        return parts.toString();
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url.replace("{code}", "CODE")); // a province's lookup URL may carry the code placeholder
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
