package vn.hoctap.authoring.access;

import vn.hoctap.authoring.error.AuthoringException;

/** The signed-in user has no right to this operation on this course (403). */
public final class NotAllowedException extends AuthoringException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
        super(403, "forbidden", message);
    }
}
