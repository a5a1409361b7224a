package vn.motcua.ui.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.security.Actor;
import vn.motcua.security.Lockout;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;
import vn.motcua.security.StaffUser;
import vn.motcua.security.UserService;
import vn.motcua.ui.Ui;

/**
 * Tài khoản: the administrator lists the accounts, adds one, disables or enables it, sets a new
 * password and lifts a lock. Every change goes through {@link UserService} on the background
 * runner (the service checks the permission and says what is wrong with a field); the list is
 * read again after each change.
 */
public final class UsersViewModel {
    private final ObservableList<UserRow> rows = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new java.util.EnumMap<>(Role.class);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final Ui ui;
    private final UserService users;
    private final Actor actor;
    private final Clock clock;

    public UsersViewModel(Ui ui, UserService users, Actor actor, Clock clock) {
        this.ui = ui;
        this.users = users;
        this.actor = actor;
        this.clock = clock;
        for (Role r : Role.values()) {
            roles.put(r, new SimpleBooleanProperty(r == Role.CLERK));
        }
    }

    /** Reads the accounts (in the background). */
    public void load() {
        ui.runner().run(users::list, this::show, this::fail);
    }

    private void show(List<StaffUser> list) {
        Instant now = clock.instant();
        List<UserRow> shown = new ArrayList<>();
        for (StaffUser u : list) {
            boolean locked = u.lockedAt(now);
            String state = !u.active() ? ui.i18n().t("ui.admin.users.disabled")
                    : locked ? ui.i18n().t("ui.admin.users.lockedUntil", Lockout.text(u.lockedUntil().orElseThrow()))
                    : ui.i18n().t("ui.admin.users.active");
            String roleNames = String.join(", ", u.roles().stream().sorted()
                    .map(r -> ui.i18n().t(Actor.roleKey(r).key())).toList());
            shown.add(new UserRow(u.username(), u.fullName(), roleNames, state,
                    u.lastLoginAt().map(AdminText::instant).orElse(""), u.active(), locked, u.roles()));
        }
        rows.setAll(shown);
    }

    /** Creates the account typed in the form; the form is cleared when it is stored. */
    public void add() {
        Set<Role> chosen = chosenRoles();
        NewUser request = new NewUser(username.get(), fullName.get(), password.get().toCharArray(), chosen);
        password.set(""); // never kept in the form longer than the attempt
        run(() -> users.add(actor, request), user -> {
            username.set("");
            fullName.set("");
            return ui.i18n().t("user.added", user.username(), roleText(user.roles()));
        });
    }

    /** The roles ticked in the form. */
    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((r, p) -> {
            if (p.get()) {
                chosen.add(r);
            }
        });
        return chosen;
    }

    /** Ticks {@code row}'s roles in the form, so the administrator sees them and can change them. */
    public void showRolesOf(UserRow row) {
        roles.forEach((r, p) -> p.set(row.roleSet().contains(r)));
    }

    /** Gives {@code row}'s account the roles ticked in the form (from its next log-in). */
    public void setRoles(UserRow row) {
        Set<Role> chosen = chosenRoles();
        run(() -> users.setRoles(actor, row.username(), chosen), u -> ui.i18n().t("user.rolesChanged", u.username()));
    }

    public void disable(UserRow row) {
        run(() -> users.disable(actor, row.username()), u -> ui.i18n().t("user.disabled", u.username()));
    }

    public void enable(UserRow row) {
        run(() -> users.enable(actor, row.username()), u -> ui.i18n().t("user.enabled", u.username()));
    }

    public void unlock(UserRow row) {
        run(() -> users.unlock(actor, row.username()), u -> ui.i18n().t("user.unlocked", u.username()));
    }

    /** Sets the password typed in the reset field for {@code row}'s account. */
    public void resetPassword(UserRow row) {
        char[] typed = newPassword.get().toCharArray();
        newPassword.set("");
        run(() -> users.resetPassword(actor, row.username(), typed), u -> ui.i18n().t("user.passwordReset", u.username()));
    }

    private String roleText(Set<Role> set) {
        return String.join(", ", set.stream().sorted().map(r -> ui.i18n().t(Actor.roleKey(r).key())).toList());
    }

    private void run(Callable<StaffUser> change, java.util.function.Function<StaffUser, String> said) {
        message.set("");
        ui.runner().run(change, user -> {
            done.set(true);
            message.set(said.apply(user));
            load();
        }, this::fail);
    }

    private void fail(Throwable e) {
        done.set(false);
        ui.fail(e, message::set);
    }

    public ObservableList<UserRow> rows() {
        return rows;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True after a change went through, false after a refusal (the message's colour follows it). */
    public BooleanProperty doneProperty() {
        return done;
    }
}
