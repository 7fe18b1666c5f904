package vn.hoctap.authoring.identity;

import java.util.List;

import vn.hoctap.authoring.error.AuthoringException;

/** A user with this username already exists. */
public final class UsernameTakenException extends AuthoringException {

    private static final long serialVersionUID = 1L;

    public UsernameTakenException(String username) {
        super(409, "username_taken", "A user named '" + username + "' already exists; choose another username.",
                "username", List.of());
    }
}
