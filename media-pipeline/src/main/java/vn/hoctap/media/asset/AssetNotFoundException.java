package vn.hoctap.media.asset;

import vn.hoctap.media.process.MediaProcessException;

/** No media asset has this id (answered with 404). */
public final class AssetNotFoundException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public AssetNotFoundException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
