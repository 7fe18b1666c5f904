package vn.hoctap.lrs.attachment;

import java.util.Objects;

/** The content of one attachment, sent or returned as a part of a multipart/mixed body, named by its sha2. */
public record AttachmentPart(String sha2, String contentType, byte[] content) {

    public AttachmentPart {
        Objects.requireNonNull(sha2, "sha2");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
