package vn.hoctap.lrs.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import vn.hoctap.core.text.Digests;

/**
 * Keys and secrets of LRS credentials. A key is {@code LRS} followed by 20 upper-case base-32 characters (so it
 * can never be mistaken for a staff username, which is lower-case); a secret is 32 random bytes in base64url.
 * Because secrets are random and long, a single SHA-256 is a sufficient hash (no key stretching needed), which
 * keeps authentication cheap on every xAPI request.
 */
public final class CredentialSecrets {

    private static final String KEY_PREFIX = "LRS";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CredentialSecrets() {
    }

    public static String newKey() {
        StringBuilder key = new StringBuilder(KEY_PREFIX);
        for (int i = 0; i < 20; i++) {
            key.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        return key.toString();
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a Basic-auth user name has the shape of an LRS key (cheap check before any database lookup). */
    public static boolean looksLikeKey(String name) {
        if (name == null || name.length() < KEY_PREFIX.length() + 8 || name.length() > 64 || !name.startsWith(KEY_PREFIX)) {
            return false;
        }
        return name.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }

    public static String sha256(String secret) {
        return Digests.sha256(secret);
    }

    /** Constant-time comparison of a presented secret with a stored hash. */
    public static boolean matches(String secret, String storedSha256) {
        return MessageDigest.isEqual(sha256(secret).getBytes(StandardCharsets.US_ASCII),
                storedSha256.getBytes(StandardCharsets.US_ASCII));
    }
}
