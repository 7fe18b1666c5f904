package vn.hoctap.packager.launch;

import java.util.List;

/** The uploaded package is larger than {@link Cmi5Courses#MAX_PACKAGE_BYTES} (413); nothing of it is kept. */
public final class PackageTooLargeException extends Cmi5LaunchException {

    private static final long serialVersionUID = 1L;

    public PackageTooLargeException() {
        super(413, "upload_too_large", "A cmi5 package may have at most " + Cmi5Courses.MAX_PACKAGE_BYTES
                + " bytes.", List.of());
    }
}
