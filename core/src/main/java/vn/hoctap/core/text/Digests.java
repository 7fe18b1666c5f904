package vn.hoctap.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Message digests of bytes or UTF-8 text as lower-case hex: the one place the platform computes them in memory. */
public final class Digests {

    private Digests() {
    }

    /** The digest of {@code content} with a JDK algorithm ({@code SHA-1}, {@code SHA-256}, {@code SHA-384}...). */
    public static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no " + algorithm, e);
        }
    }

    public static String sha256(byte[] content) {
        return hex("SHA-256", content);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha1(byte[] content) {
        return hex("SHA-1", content);
    }
}
