package vn.hoctap.authoring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void a_hash_verifies_the_same_password_only() {
        String hash = hasher.hash("Kỹ năng số cơ bản".toCharArray());

        assertThat(hasher.verify("Kỹ năng số cơ bản".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("Ky nang so co ban".toCharArray(), hash)).isFalse();
    }

    @Test
    void the_same_password_gets_a_different_salt_each_time() {
        assertThat(hasher.hash("password123".toCharArray())).isNotEqualTo(hasher.hash("password123".toCharArray()));
    }

    @Test
    void a_hash_records_its_iteration_count_so_it_verifies_after_the_default_changes() {
        String hash = new PasswordHasher(2_000).hash("password123".toCharArray());

        assertThat(hash).startsWith("pbkdf2-sha256$2000$");
        assertThat(hasher.verify("password123".toCharArray(), hash)).isTrue();
    }

    @Test
    void an_unreadable_stored_hash_never_verifies() {
        assertThat(hasher.verify("x".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$!!$!!")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
    }
}
