package vn.hoctap.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/** Secrets generated on a first start and kept in the data directory, readable by their owner only. */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** Writes {@code secret} (plus a newline) to {@code file}, creating its directory, with mode 0600 where POSIX. */
    public static Path write(Path file, String secret) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            ownerOnly(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * The secret in {@code file}; on the first call (no file yet) the secret of {@code generate}, written there
     * readable by its owner only. The file appears complete at once and is never replaced: when two nodes sharing
     * the data directory start together, both get the secret written first.
     */
    public static String readOrCreate(Path file, Supplier<String> generate) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                ownerOnly(temporary);
                String secret = generate.get();
                Files.writeString(temporary, secret + "\n", StandardCharsets.UTF_8);
                try {
                    Files.createLink(file, temporary);
                } catch (UnsupportedOperationException noHardLinks) {
                    Files.move(temporary, file);
                }
                return secret;
            } catch (FileAlreadyExistsException raced) {
                return read(file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // best effort on file systems without POSIX permissions
        }
    }

    /** The secret in {@code file} without surrounding white space. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
