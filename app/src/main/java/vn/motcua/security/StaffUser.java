package vn.motcua.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import vn.motcua.common.Text;

/** A member of staff who logs in to the desk (an account, not a citizen). */
@Entity
@Table(name = "app_user")
public class StaffUser {
    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    private boolean active;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** Until when log-ins are refused after too many failures in a row; null when not locked. */
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected StaffUser() {
    }

    StaffUser(String username, String fullName, String passwordHash, Set<Role> roles, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.fullName = Text.nfc(fullName);
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.active = true;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** The account's roles from now on (its next log-in acts with them). */
    void changeRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Counts one more failed log-in in a row; returns how many there are now. */
    int recordFailedLogin() {
        return ++failedLogins;
    }

    void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    int failedLogins() {
        return failedLogins;
    }

    /** Refuses log-ins until {@code until}; the count of failures starts again afterwards. */
    void lockUntil(Instant until) {
        lockedUntil = until;
        failedLogins = 0;
    }

    void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    /** True while log-ins are refused at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Until when the account is locked (may be in the past: the lock has run out). */
    public java.util.Optional<Instant> lockedUntil() {
        return java.util.Optional.ofNullable(lockedUntil);
    }

    public java.util.Optional<Instant> lastLoginAt() {
        return java.util.Optional.ofNullable(lastLoginAt);
    }

    void activate(boolean on) {
        active = on;
    }

    void changePasswordHash(String hash) {
        passwordHash = hash;
    }

    public Actor asActor() {
        return new Actor(id, username, fullName, roles());
    }
}
