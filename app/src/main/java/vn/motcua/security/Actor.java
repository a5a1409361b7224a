package vn.motcua.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.motcua.common.MessageKey;
import vn.motcua.common.UserFacingException;

/** Who is acting: the logged-in staff member, or the system itself for setup and sync. */
public record Actor(UUID id, String username, String fullName, Set<Role> roles) {
    /** The first-run setup, sync and other actions no person has logged in for: holds every permission. */
    public static final Actor SYSTEM = new Actor(null, "system", "MotCua", Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when this actor may do what {@code permission} guards (the system may do everything). */
    public boolean may(Permission permission) {
        return this == SYSTEM || Permissions.granted(roles, permission);
    }

    /**
     * Refuses, before anything is read or written, an actor whose roles do not hold
     * {@code permission}: key {@code security.forbidden} naming the action and the roles that
     * may do it.
     */
    public void require(Permission permission) {
        if (!may(permission)) {
            List<MessageKey> who = Permissions.rolesFor(permission).stream().map(Actor::roleKey).toList();
            throw new UserFacingException("security.forbidden", new MessageKey(permission.messageKey()), who);
        }
    }

    /** The message key of a role's name ("role.clerk"). */
    public static MessageKey roleKey(Role role) {
        return new MessageKey("role." + role.name().toLowerCase(java.util.Locale.ROOT));
    }
}
