package vn.motcua.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.common.UserFacingException;

/**
 * Staff accounts: creation, password log-in with lockout, and the administrator's account
 * changes (disable, enable, reset a password, unlock). Each method is one transaction.
 */
public final class UserService {
    private final SessionFactory db;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    public UserService(SessionFactory db, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an account; only an administrator (or the first-run setup) may. */
    public StaffUser add(Actor actor, NewUser request) {
        actor.require(Permission.MANAGE_USERS);
        return db.fromTransaction(s -> addWithin(s, actor, request));
    }

    /** Creates an account inside the caller's transaction (used by the first-run setup). */
    public StaffUser addWithin(Session s, Actor actor, NewUser request) {
        try {
            String username = AccountRules.username(request.username());
            String fullName = AccountRules.fullName(request.fullName());
            AccountRules.password(request.password());
            if (request.roles() == null || request.roles().isEmpty()) {
                throw new UserFacingException("user.roleRequired");
            }
            if (find(s, username) != null) {
                throw new UserFacingException("user.exists", username);
            }
            StaffUser user = new StaffUser(username, fullName, hasher.hash(request.password()),
                    request.roles(), clock.instant());
            s.persist(user);
            audit.record(s, actor, "USER_ADD", "user", user.id(), "roles=" + request.roles());
            return user;
        } finally {
            if (request.password() != null) {
                Arrays.fill(request.password(), '\0');
            }
        }
    }

    /**
     * The account's actor when the password matches. Any failure gives the same message
     * ({@code login.failed}) whether the user exists or not, except a locked account, which says
     * it is locked and until when ({@code user.locked}): after {@link Lockout#MAX_FAILURES}
     * failures in a row it is locked for {@link Lockout#DURATION}. A hash made with fewer
     * iterations than today's is replaced by a new one on the successful log-in.
     */
    public Actor logIn(String username, char[] password) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            Outcome outcome = db.fromTransaction(s -> {
                StaffUser user = find(s, u);
                Instant now = clock.instant();
                if (user == null) {
                    return Outcome.FAILED;
                }
                if (user.lockedAt(now)) {
                    audit.record(s, user.asActor(), "LOGIN_FAILED", "user", user.id(), "locked");
                    return new Outcome(null, user.lockedUntil().orElseThrow());
                }
                if (!user.active() || !hasher.matches(password, user.passwordHash())) {
                    int failures = user.recordFailedLogin();
                    audit.record(s, user.asActor(), "LOGIN_FAILED", "user", user.id(), null);
                    if (user.active() && failures >= Lockout.MAX_FAILURES) {
                        Instant until = now.plus(Lockout.DURATION);
                        user.lockUntil(until);
                        audit.record(s, user.asActor(), "ACCOUNT_LOCKED", "user", user.id(),
                                failures + " failed log-ins, until " + until);
                        return new Outcome(null, until);
                    }
                    return Outcome.FAILED;
                }
                user.recordSuccessfulLogin(now);
                boolean upgrade = hasher.needsRehash(user.passwordHash());
                if (upgrade) {
                    user.changePasswordHash(hasher.hash(password));
                }
                audit.record(s, user.asActor(), "LOGIN", "user", user.id(), upgrade ? "password hash upgraded" : null);
                return new Outcome(user.asActor(), null);
            });
            // committed above: a failed attempt is counted and audited, a lock is stored
            if (outcome.lockedUntil() != null) {
                throw Lockout.refusal(u, outcome.lockedUntil());
            }
            if (outcome.actor() == null) {
                throw new UserFacingException("login.failed");
            }
            return outcome.actor();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** What one log-in attempt came to: the actor, or the end of a lock, or neither (failed). */
    private record Outcome(Actor actor, Instant lockedUntil) {
        static final Outcome FAILED = new Outcome(null, null);
    }

    /** Stops an account from logging in; refuses to disable the last active administrator. */
    public StaffUser disable(Actor actor, String username) {
        return change(actor, username, "USER_DISABLE", null, (s, user) -> {
            if (user.roles().contains(Role.ADMINISTRATOR) && user.active() && activeAdministrators(s) <= 1) {
                throw new UserFacingException("user.lastAdministrator", user.username());
            }
            user.activate(false);
        });
    }

    /** Lets a disabled account log in again. */
    public StaffUser enable(Actor actor, String username) {
        return change(actor, username, "USER_ENABLE", null, (s, user) -> user.activate(true));
    }

    /** Sets a new password (the old one is forgotten) and lifts a lock; the array is cleared after use. */
    public StaffUser resetPassword(Actor actor, String username, char[] password) {
        try {
            actor.require(Permission.MANAGE_USERS);
            AccountRules.password(password);
            String hash = hasher.hash(password);
            return change(actor, username, "USER_PASSWORD_RESET", null, (s, user) -> {
                user.changePasswordHash(hash);
                user.unlock();
            });
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Gives an account these roles (at least one); refuses to take the administrator role from the
     * last active administrator, who would leave the office without anyone to manage accounts.
     * The account acts with the new roles from its next log-in.
     */
    public StaffUser setRoles(Actor actor, String username, java.util.Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            actor.require(Permission.MANAGE_USERS);
            throw new UserFacingException("user.roleRequired");
        }
        java.util.Set<Role> wanted = java.util.EnumSet.copyOf(roles);
        return change(actor, username, "USER_ROLES", "roles=" + wanted, (s, user) -> {
            if (user.roles().contains(Role.ADMINISTRATOR) && !wanted.contains(Role.ADMINISTRATOR) && user.active()
                    && activeAdministrators(s) <= 1) {
                throw new UserFacingException("user.lastAdministrator", user.username());
            }
            user.changeRoles(wanted);
        });
    }

    /** Lifts a lock before it runs out (the clerk who mistyped and cannot wait). */
    public StaffUser unlock(Actor actor, String username) {
        return change(actor, username, "ACCOUNT_UNLOCKED", null, (s, user) -> user.unlock());
    }

    /** One administrator's change to one account, audited, in one transaction. */
    private StaffUser change(Actor actor, String username, String action, String detail,
            java.util.function.BiConsumer<Session, StaffUser> what) {
        actor.require(Permission.MANAGE_USERS);
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return db.fromTransaction(s -> {
            StaffUser user = find(s, u);
            if (user == null) {
                throw new UserFacingException("user.notFound", u);
            }
            what.accept(s, user);
            audit.record(s, actor, action, "user", user.id(), detail);
            return user;
        });
    }

    private static long activeAdministrators(Session s) {
        return s.createSelectionQuery("select count(distinct u) from StaffUser u join u.roles r where u.active = true and r = :admin",
                Long.class).setParameter("admin", Role.ADMINISTRATOR).getSingleResult();
    }

    /**
     * The active user {@code username} acting without a password: for the command line, which
     * runs as the local administrator of the machine and records who was at the desk.
     */
    public Actor actingAs(String username) {
        String name = vn.motcua.common.Text.nfc(username == null ? "" : username.strip());
        return list().stream().filter(u -> u.username().equals(name) && u.active()).findFirst().map(StaffUser::asActor)
                .orElseThrow(() -> new vn.motcua.common.UserFacingException("user.unknownUser", name));
    }

    public List<StaffUser> list() {
        return db.fromTransaction(s -> s.createSelectionQuery("from StaffUser order by username", StaffUser.class)
                .getResultList());
    }

    static StaffUser find(Session s, String username) {
        return s.createSelectionQuery("from StaffUser where username = :u", StaffUser.class)
                .setParameter("u", username)
                .uniqueResult();
    }
}
