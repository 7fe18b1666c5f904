package vn.hoctap.lrs.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void a_key_is_at_least_32_bytes_of_hex() {
        assertThat(PseudonymKey.fromHex(" " + "aB".repeat(32) + "\n")).isNotNull();
        assertThatThrownBy(() -> PseudonymKey.fromHex("ab".repeat(31))).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> PseudonymKey.fromHex("zz".repeat(32))).hasMessageContaining("hex digits");
        assertThatThrownBy(() -> PseudonymKey.fromHex("abc")).hasMessageContaining("hex digits");
    }

    @Test
    void an_error_never_quotes_the_key() {
        String almost = "7f".repeat(20);

        assertThatThrownBy(() -> PseudonymKey.fromHex(almost)).message().doesNotContain(almost);
        assertThat(PseudonymKey.random().toString()).isEqualTo("PseudonymKey[32 bytes]");
    }

    @Test
    void the_first_start_creates_a_key_file_readable_by_its_owner_only_and_later_starts_reuse_it() throws Exception {
        Path file = dataDir.resolve("secrets").resolve("app-pseudonym-key");

        PseudonymKey created = PseudonymKey.loadOrCreate(file);
        PseudonymKey again = PseudonymKey.loadOrCreate(file);

        assertThat(Files.readString(file).strip()).matches("[0-9a-f]{64}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        var a = new Pseudonyms(created, "https://hoctap.example/app");
        var b = new Pseudonyms(again, "https://hoctap.example/app");
        assertThat(b.pseudonym("learner")).isEqualTo(a.pseudonym("learner"));
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void a_damaged_key_file_is_refused_rather_than_replaced() throws Exception {
        Path file = dataDir.resolve("app-pseudonym-key");
        Files.writeString(file, "not a key");

        assertThatThrownBy(() -> PseudonymKey.loadOrCreate(file)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(file)).isEqualTo("not a key");
    }
}
