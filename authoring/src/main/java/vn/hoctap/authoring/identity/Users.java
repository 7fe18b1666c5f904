package vn.hoctap.authoring.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All users of the platform. Never returns null: absence is an empty Optional. */
public interface Users {

    Optional<User> byId(UUID id);

    Optional<User> byUsername(String username);

    /** Every user, ordered by username. */
    List<User> all();

    boolean anyWithRole(Role role);

    /** Stores a new user; the caller checked the username is free. */
    void add(User user);
}
