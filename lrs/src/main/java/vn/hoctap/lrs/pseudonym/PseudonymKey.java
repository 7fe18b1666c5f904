package vn.hoctap.lrs.pseudonym;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

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
     * owner only. Once pseudonymous statements exist the file must never change: a new key gives every learner a
     * new pseudonym.
     */
    public static PseudonymKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return fromHex(Files.readString(file, StandardCharsets.UTF_8));
            }
            PseudonymKey key = random();
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".pseudonym-key", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
            Files.writeString(temporary, key.hex() + "\n", StandardCharsets.UTF_8);
            try {
                // atomic and never replacing: a concurrent first start keeps the key written first
                Files.createLink(file, temporary);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.delete(temporary);
                return fromHex(Files.readString(file, StandardCharsets.UTF_8));
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(temporary, file);
                return key;
            }
            Files.delete(temporary);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym key " + file, e);
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
