package vn.hoctap.packager.distribution;

import vn.hoctap.packager.PackagerException;

/** A published version cannot be mapped to package content (a rendition the packages need is missing). */
public final class UnpackageableVersionException extends PackagerException {

    private static final long serialVersionUID = 1L;

    public UnpackageableVersionException(String message) {
        super(message);
    }
}
