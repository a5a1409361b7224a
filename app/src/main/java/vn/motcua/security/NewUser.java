package vn.motcua.security;

import java.util.Set;

/** What an administrator types to create an account. The password array is cleared after use. */
public record NewUser(String username, String fullName, char[] password, Set<Role> roles) {
}
