package vn.hoctap.media.detect;

import java.util.Objects;

/**
 * The outcome of {@link MediaTypeDetector#detect}: the kind of upload and the MIME type that was detected.
 *
 * <p>{@code mimeType} is a base type without parameters, for example
 * {@code application/vnd.openxmlformats-officedocument.presentationml.presentation}; for an
 * {@link MediaKind#UNSUPPORTED} upload it still names what was found ({@code application/msword},
 * {@code application/x-tika-ooxml-protected} for a password-protected Office file,
 * {@code application/octet-stream} for unknown or empty content), so that an error message can say what the
 * upload was.
 *
 * @param kind     never {@code null}
 * @param mimeType never {@code null} nor blank
 */
public record DetectedMedia(MediaKind kind, String mimeType) {

    public DetectedMedia {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mimeType, "mimeType");
        if (mimeType.isBlank()) {
            throw new IllegalArgumentException("mimeType is blank");
        }
    }

    /** Whether the upload is a password-protected (encrypted) Office document, which can never be processed. */
    public boolean isPasswordProtectedOffice() {
        return MimeTypes.ENCRYPTED_OOXML.equals(mimeType);
    }
}
