package vn.hoctap.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void the_first_call_writes_the_generated_secret_for_its_owner_only_and_later_calls_read_it() throws Exception {
        Path file = dataDir.resolve("secrets").resolve("some-key");
        AtomicInteger generated = new AtomicInteger();

        String first = SecretFiles.readOrCreate(file, () -> "secret-" + generated.incrementAndGet());
        String again = SecretFiles.readOrCreate(file, () -> "secret-" + generated.incrementAndGet());

        assertThat(first).isEqualTo("secret-1");
        assertThat(again).isEqualTo("secret-1");
        assertThat(Files.readString(file)).isEqualTo("secret-1\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void an_existing_file_is_never_replaced() throws Exception {
        Path file = Files.writeString(dataDir.resolve("some-key"), "  kept \n");

        assertThat(SecretFiles.readOrCreate(file, () -> "new")).isEqualTo("kept");
        assertThat(Files.readString(file)).isEqualTo("  kept \n");
    }
}
