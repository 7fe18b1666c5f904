package vn.hoctap.packager.launch;

import java.util.List;

/** The request conflicts with what is recorded (409), e.g. waiving an AU twice in a registration. */
public final class Cmi5ConflictException extends Cmi5LaunchException {

    private static final long serialVersionUID = 1L;

    public Cmi5ConflictException(String message) {
        super(409, "conflict", message, List.of());
    }
}
