package vn.motcua.security;

import java.util.Set;
import java.util.UUID;

/** Who is acting: the logged-in staff member, or the system itself for setup and sync. */
public record Actor(UUID id, String username, String fullName, Set<Role> roles) {
    /** The first-run setup and other actions no person has logged in for yet. */
    public static final Actor SYSTEM = new Actor(null, "system", "MotCua", Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
