package vn.hoctap.packager.launch;

import java.util.List;

/** No cmi5 course, registration, AU or content file with that id (404). */
public final class Cmi5NotFoundException extends Cmi5LaunchException {

    private static final long serialVersionUID = 1L;

    public Cmi5NotFoundException(String what) {
        super(404, "not_found", what + " does not exist.", List.of());
    }
}
