package vn.hoctap.lrs.error;

/**
 * The attachments of a statement request do not add up: a malformed multipart/mixed body, a part no statement
 * names, an attachment without its part or fileUrl, or a part whose content does not have its declared hash.
 */
public final class InvalidAttachmentsException extends LrsException {

    private static final long serialVersionUID = 1L;

    public InvalidAttachmentsException(String message) {
        super(400, "invalid_attachments", message);
    }
}
