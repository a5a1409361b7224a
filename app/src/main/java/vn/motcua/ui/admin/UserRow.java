package vn.motcua.ui.admin;

/** One account in the administrator's user table, its texts computed once so cells only display them. */
public record UserRow(String username, String fullName, String roles, String state, String lastLogin, boolean active,
        boolean locked, java.util.Set<vn.motcua.security.Role> roleSet) {
}
