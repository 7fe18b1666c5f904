package vn.hoctap.media.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The checksum a client sends with a piece (tus checksum extension: {@code Upload-Checksum: sha1 <base64>}): the
 * algorithm and the expected digest of the piece's bytes.
 */
public record UploadChecksum(String algorithm, byte[] expected) {

    /** tus algorithm names and their Java names; tus requires sha1. */
    private static final Map<String, String> ALGORITHMS = Map.of("sha1", "SHA-1", "sha256", "SHA-256", "md5", "MD5");

    /** The algorithm names the server accepts, for {@code Tus-Checksum-Algorithm}. */
    public static String supported() {
        return "sha1,sha256,md5";
    }

    /**
     * Reads an {@code Upload-Checksum} header value.
     *
     * @throws InvalidUploadRequestException naming what is wrong with the header
     */
    public static UploadChecksum parse(String header) {
        String[] parts = header.trim().split(" +");
        if (parts.length != 2) {
            throw new InvalidUploadRequestException("Upload-Checksum must be '<algorithm> <base64 digest>', for example"
                    + " 'sha1 Kq5sNclPz7QV2+lfQIuc6R7oRu0='.");
        }
        String algorithm = parts[0].toLowerCase(Locale.ROOT);
        if (!ALGORITHMS.containsKey(algorithm)) {
            throw new InvalidUploadRequestException("Upload-Checksum algorithm '" + parts[0] + "' is not supported; use one of "
                    + supported() + ".");
        }
        try {
            return new UploadChecksum(algorithm, Base64.getDecoder().decode(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new InvalidUploadRequestException("Upload-Checksum digest is not base64.");
        }
    }

    /** A fresh digest of this checksum's algorithm. */
    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(ALGORITHMS.get(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code actual} is the expected digest. */
    public boolean matches(byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }
}
