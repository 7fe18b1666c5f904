package vn.hoctap.authoring.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.authoring.identity.NewUser;
import vn.hoctap.authoring.identity.Role;
import vn.hoctap.authoring.identity.UserAccounts;
import vn.hoctap.core.error.ApiError.Violation;

/** The body of {@code POST /api/admin/users}. */
public record CreateUserRequest(String username, String displayName, String password, List<String> roles) {

    NewUser toNewUser() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        List<Violation> violations = new ArrayList<>();
        List<String> names = roles == null ? List.of() : roles;
        for (int i = 0; i < names.size(); i++) {
            try {
                parsed.add(Role.ofName(names.get(i)));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("roles[" + i + "]", e.getMessage()));
            }
        }
        NewUser request = new NewUser(username, displayName, password, parsed);
        if (!violations.isEmpty()) {
            // report the other fields' problems too, not only the unknown roles
            UserAccounts.violationsOf(request).stream().filter(v -> !v.path().equals("roles")).forEach(violations::add);
            throw new InvalidInputException(violations);
        }
        return request;
    }
}
