package vn.hoctap.lrs.pseudonym;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import vn.hoctap.core.config.SecretFiles;

/**
 * The secret key of {@link Pseudonyms}: at least 32 bytes, written as hex. Whoever holds it can link a pseudonym to
 * an app account id, so it is kept out of the database: in configuration, or in a file of the data directory
 * created on the first start. Every node of a cluster needs the same key.
 */
public final class PseudonymKey {

    /** The fewest bytes a key may have (the output size of HMAC-SHA-256). */
    public static final int MIN_BYTES = 32;

    private final byte[] bytes;

    private PseudonymKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /**
     * Parses a key written as hex (at least 64 hex digits; white space around it ignored).
     *
     * @throws IllegalArgumentException saying what is wrong with the text (never quoting it)
     */
    public static PseudonymKey fromHex(String text) {
        String hex = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]*") || hex.length() % 2 != 0) {
            throw new IllegalArgumentException("the pseudonym key must be written as hex digits (0-9, a-f)");
        }
        if (hex.length() < MIN_BYTES * 2) {
            throw new IllegalArgumentException("the pseudonym key must have at least " + MIN_BYTES + " bytes ("
                    + MIN_BYTES * 2 + " hex digits), e.g. from: openssl rand -hex 32");
        }
        return new PseudonymKey(HexFormat.of().parseHex(hex));
    }

    /** A new random key of 32 bytes. */
    public static PseudonymKey random() {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new PseudonymKey(bytes);
    }

    /**
     * The key kept in {@code file}; on the first call (no file yet) a new random key, written there readable by its
     * owner only ({@link SecretFiles#readOrCreate}). Once pseudonymous statements exist the file must never change: a
     * new key gives every learner a new pseudonym.
     *
     * @throws IllegalArgumentException when the file holds no key (it is left as it is)
     */
    public static PseudonymKey loadOrCreate(Path file) {
        try {
            return fromHex(SecretFiles.readOrCreate(file, () -> random().hex()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key file " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    private String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "PseudonymKey[" + bytes.length + " bytes]";
    }
}
