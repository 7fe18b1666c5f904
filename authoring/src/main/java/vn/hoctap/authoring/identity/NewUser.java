package vn.hoctap.authoring.identity;

import java.util.Set;

/**
 * What an administrator gives to create a user.
 *
 * @param username    sign-in name: 3 to 64 characters, lower-case letters, digits, dot, dash, underscore
 * @param displayName the name shown to other users (any script), 1 to 200 characters
 * @param password    at least 10 characters
 * @param roles       at least one role
 */
public record NewUser(String username, String displayName, String password, Set<Role> roles) {
}
