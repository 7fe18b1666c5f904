package vn.hoctap.authoring.identity;

import java.util.UUID;

import vn.hoctap.authoring.error.AuthoringException;

/** No user has this id. */
public final class UserNotFoundException extends AuthoringException {

    private static final long serialVersionUID = 1L;

    public UserNotFoundException(UUID id) {
        super(404, "user_not_found", "No user with id " + id + ".");
    }
}
