package vn.hoctap.authoring.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.hoctap.authoring.identity.Role;

/**
 * Who is asking: the signed-in user's name and roles, as the security layer established them. Every operation on
 * courses takes one and checks it with {@link Access}.
 */
public record Actor(String username, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String username, Role... roles) {
        return new Actor(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN);
    }
}
