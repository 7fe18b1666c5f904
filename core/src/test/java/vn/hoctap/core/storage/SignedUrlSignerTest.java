package vn.hoctap.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedUrlSignerTest {

    private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");
    private static final String PATH = "/storage/courses/7/slides.pdf";

    private final MutableClock clock = new MutableClock(NOW);
    private final byte[] secret = SignedUrlSigner.generateSecret();
    private final SignedUrlSigner signer = new SignedUrlSigner(secret, clock);

    @Test
    void a_signed_url_carries_the_path_expiry_and_a_base64url_signature() {
        URI url = signer.sign(PATH, Duration.ofMinutes(15));

        assertThat(url.isAbsolute()).isFalse();
        assertThat(url.getPath()).isEqualTo(PATH);
        assertThat(expires(url)).isEqualTo(NOW.plusSeconds(900).getEpochSecond());
        assertThat(signature(url)).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void a_signed_url_verifies_until_it_expires() {
        URI url = signer.sign(PATH, Duration.ofSeconds(60));

        assertThat(signer.verify(PATH, expires(url), signature(url))).isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(signer.verify(PATH, expires(url), signature(url))).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(signer.verify(PATH, expires(url), signature(url))).as("at the expiry instant").isFalse();
    }

    @Test
    void a_tampered_signature_is_rejected() {
        URI url = signer.sign(PATH, Duration.ofMinutes(5));
        byte[] signature = Base64.getUrlDecoder().decode(signature(url));
        signature[0] ^= 1;

        assertThat(signer.verify(PATH, expires(url),
                Base64.getUrlEncoder().withoutPadding().encodeToString(signature))).isFalse();
    }

    @Test
    void a_signature_is_only_valid_for_its_own_path_and_expiry() {
        URI url = signer.sign(PATH, Duration.ofMinutes(5));

        assertThat(signer.verify("/storage/courses/7/other.pdf", expires(url), signature(url))).isFalse();
        assertThat(signer.verify(PATH, expires(url) + 3600, signature(url))).as("extended expiry").isFalse();
    }

    @Test
    void a_signature_made_with_another_secret_is_rejected() {
        SignedUrlSigner other = new SignedUrlSigner(SignedUrlSigner.generateSecret(), clock);
        URI url = other.sign(PATH, Duration.ofMinutes(5));

        assertThat(signer.verify(PATH, expires(url), signature(url))).isFalse();
    }

    @Test
    void signers_sharing_a_secret_accept_each_others_urls() {
        SignedUrlSigner sameSecret = new SignedUrlSigner(secret.clone(), clock);
        URI url = sameSecret.sign(PATH, Duration.ofMinutes(5));

        assertThat(signer.verify(PATH, expires(url), signature(url))).isTrue();
    }

    @Test
    void malformed_input_is_rejected_without_an_exception() {
        long expires = NOW.plusSeconds(60).getEpochSecond();
        assertThat(signer.verify(PATH, expires, null)).isFalse();
        assertThat(signer.verify(PATH, expires, "")).isFalse();
        assertThat(signer.verify(PATH, expires, "not base64 !")).isFalse();
        assertThat(signer.verify(null, expires, "abc")).isFalse();
        assertThat(signer.verify("no-leading-slash", expires, "abc")).isFalse();
    }

    @Test
    void the_secret_is_copied_so_wiping_the_callers_array_changes_nothing() {
        byte[] mine = SignedUrlSigner.generateSecret();
        SignedUrlSigner copying = new SignedUrlSigner(mine, clock);
        URI url = copying.sign(PATH, Duration.ofMinutes(1));
        java.util.Arrays.fill(mine, (byte) 0);

        assertThat(copying.verify(PATH, expires(url), signature(url))).isTrue();
    }

    @Test
    void generated_secrets_are_32_random_bytes() {
        byte[] first = SignedUrlSigner.generateSecret();
        byte[] second = SignedUrlSigner.generateSecret();

        assertThat(first).hasSize(32);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void short_secrets_bad_paths_and_non_positive_ttls_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignedUrlSigner(new byte[31], clock))
                .withMessageContaining("at least 32 bytes");
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign("relative/path", Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign("/a?b=c", Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign("/a b", Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign(PATH, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign(PATH, Duration.ofSeconds(-1)));
    }

    private static long expires(URI url) {
        return Long.parseLong(parameter(url, SignedUrlSigner.EXPIRES_PARAMETER));
    }

    private static String signature(URI url) {
        return parameter(url, SignedUrlSigner.SIGNATURE_PARAMETER);
    }

    private static String parameter(URI url, String name) {
        for (String pair : url.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no parameter " + name + " in " + url);
    }
}
