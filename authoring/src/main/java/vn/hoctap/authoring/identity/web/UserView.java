package vn.hoctap.authoring.identity.web;

import java.util.List;

import vn.hoctap.authoring.identity.Role;
import vn.hoctap.authoring.identity.User;

/** A user as the API shows it: never the password hash. */
public record UserView(String id, String username, String displayName, List<String> roles, String createdAt) {

    static UserView of(User user) {
        return new UserView(user.id().toString(), user.username(), user.displayName(),
                user.roles().stream().sorted().map(Role::roleName).toList(), user.createdAt().toString());
    }
}
