package vn.hoctap.packager.launch;

import java.util.List;

import vn.hoctap.core.error.ApiError.Violation;

/** A registration, launch or waiver request is wrong (400), e.g. an actor without an account or an unknown AU. */
public final class InvalidLaunchRequestException extends Cmi5LaunchException {

    private static final long serialVersionUID = 1L;

    public InvalidLaunchRequestException(String path, String message) {
        super(400, "invalid_input", path + ": " + message, List.of(new Violation(path, message)));
    }
}
