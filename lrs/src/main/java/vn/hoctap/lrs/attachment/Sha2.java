package vn.hoctap.lrs.attachment;

import java.util.Locale;
import java.util.Optional;

import vn.hoctap.core.text.Digests;

/** The xAPI {@code sha2} of attachment content: SHA-256, SHA-384 or SHA-512 in hex, told apart by length. */
public final class Sha2 {

    private Sha2() {
    }

    /** Whether {@code content} has the hash {@code sha2} (hex of 64, 96 or 128 digits, any case). */
    public static boolean matches(String sha2, byte[] content) {
        return algorithm(sha2).map(algorithm -> Digests.hex(algorithm, content).equals(sha2.toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    public static String sha256(byte[] content) {
        return Digests.sha256(content);
    }

    private static Optional<String> algorithm(String sha2) {
        return switch (sha2.length()) {
            case 64 -> Optional.of("SHA-256");
            case 96 -> Optional.of("SHA-384");
            case 128 -> Optional.of("SHA-512");
            default -> Optional.empty();
        };
    }

}
