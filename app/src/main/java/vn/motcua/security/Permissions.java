package vn.motcua.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The office's one permission table: what each role may do (domain reference §1 and §11).
 * Least privilege: clerks receive, digitize, take fees and hand results back; specialists
 * process; the chair processes (approves) and signs; the administrator keeps accounts, the
 * catalogue, the calendar, the office and sync settings, but handles no citizen's dossier
 * unless the account also holds another role (on a single desk the first account is both
 * administrator and clerk). Reports leave the office only through the chair or the
 * administrator, and only they read the audit trail (who saw or exported what).
 */
public final class Permissions {
    private static final Map<Role, Set<Permission>> TABLE = table();

    private Permissions() {
    }

    private static Map<Role, Set<Permission>> table() {
        Map<Role, Set<Permission>> t = new EnumMap<>(Role.class);
        t.put(Role.CLERK, EnumSet.of(Permission.RECEIVE_DOSSIER, Permission.DIGITIZE, Permission.PROCESS_DOSSIER,
                Permission.RETURN_RESULT, Permission.COLLECT_FEES, Permission.RESOLVE_SYNC_PROBLEMS));
        t.put(Role.SPECIALIST, EnumSet.of(Permission.PROCESS_DOSSIER));
        t.put(Role.CHAIR, EnumSet.of(Permission.PROCESS_DOSSIER, Permission.SIGN, Permission.EXPORT_REPORTS,
                Permission.VIEW_AUDIT));
        t.put(Role.ADMINISTRATOR, EnumSet.of(Permission.EXPORT_REPORTS, Permission.MANAGE_USERS, Permission.MANAGE_CATALOG,
                Permission.MANAGE_CALENDAR, Permission.CONFIGURE_OFFICE, Permission.CONFIGURE_SYNC,
                Permission.RESOLVE_SYNC_PROBLEMS, Permission.TRANSFER_SYNC_BUNDLE, Permission.IMPORT_HISTORY,
                Permission.VERIFY_DOCUMENTS, Permission.VIEW_AUDIT));
        t.replaceAll((role, set) -> Collections.unmodifiableSet(set));
        return Collections.unmodifiableMap(t);
    }

    /** What {@code role} may do. */
    public static Set<Permission> of(Role role) {
        return TABLE.get(role);
    }

    /** True when one of {@code roles} holds {@code permission}. */
    public static boolean granted(Set<Role> roles, Permission permission) {
        return roles.stream().anyMatch(r -> TABLE.get(r).contains(permission));
    }

    /** The roles that hold {@code permission}, in the enum's order (for the refusal message). */
    public static Set<Role> rolesFor(Permission permission) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        TABLE.forEach((role, set) -> {
            if (set.contains(permission)) {
                roles.add(role);
            }
        });
        return Collections.unmodifiableSet(roles);
    }
}
