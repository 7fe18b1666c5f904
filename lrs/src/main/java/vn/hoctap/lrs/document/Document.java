package vn.hoctap.lrs.document;

import java.time.OffsetDateTime;

/** One stored document: its bytes, content type, ETag (SHA-1 of the bytes, hex) and last change. */
public record Document(String documentId, byte[] content, String contentType, String etag, OffsetDateTime updated) {

    public boolean isJson() {
        return contentType != null && contentType.toLowerCase().startsWith("application/json");
    }
}
