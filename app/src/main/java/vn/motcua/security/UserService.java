package vn.motcua.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.common.UserFacingException;

/** Staff accounts: creation and password log-in. Each method is one transaction. */
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
        if (actor != Actor.SYSTEM && !actor.has(Role.ADMINISTRATOR)) {
            throw new UserFacingException("user.notAllowed");
        }
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

    /** The account's actor when the password matches; the same message for any failure. */
    public Actor logIn(String username, char[] password) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            Actor actor = db.fromTransaction(s -> {
                StaffUser user = find(s, u);
                if (user == null || !user.active() || !hasher.matches(password, user.passwordHash())) {
                    if (user != null) {
                        user.recordFailedLogin();
                        audit.record(s, user.asActor(), "LOGIN_FAILED", "user", user.id(), null);
                    }
                    return null;
                }
                user.recordSuccessfulLogin();
                audit.record(s, user.asActor(), "LOGIN", "user", user.id(), null);
                return user.asActor();
            });
            if (actor == null) {
                // committed above: the failed attempt is counted and audited
                throw new UserFacingException("login.failed");
            }
            return actor;
        } finally {
            Arrays.fill(password, '\0');
        }
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
