package vn.hoctap.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "file.txt", "courses/42/intro.mp4", "A-Z_a-z.0-9", ".hidden", "a/.b/..c",
            "...", "x-/-y", "tmp/x"})
    void keys_made_of_allowed_segments_are_valid(String key) {
        assertThat(ObjectKeys.requireValid(key)).isEqualTo(key);
        assertThat(ObjectKeys.isValid(key)).isTrue();
    }

    /** 512 characters: three segments of 127 characters and a slash, then a segment of 128. */
    private static final String LONGEST_KEY = ("k".repeat(127) + "/").repeat(3) + "k".repeat(128);

    @Test
    void a_key_of_exactly_the_maximum_length_is_valid() {
        assertThat(LONGEST_KEY).hasSize(ObjectKeys.MAX_LENGTH);
        assertThat(ObjectKeys.isValid(LONGEST_KEY)).isTrue();
        assertThat(ObjectKeys.isValid(LONGEST_KEY + "k")).isFalse();
    }

    @Test
    void a_segment_may_have_200_characters_but_not_more() {
        assertThat(ObjectKeys.isValid("a/" + "s".repeat(200) + "/b")).isTrue();
        assertThatThrownBy(() -> ObjectKeys.requireValid("a/" + "s".repeat(201) + "/b"))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessageContaining("segments must be at most 200 characters long");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"           | must not be empty",
            "/a             | must not start with '/'",
            "a/             | must not end with '/'",
            "a//b           | must not contain an empty segment ('//')",
            "a/./b          | must not contain a '.' segment",
            "a/../b         | must not contain a '..' segment",
            "..             | must not contain a '..' segment",
            "a b            | character U+0020 at index 1 is not allowed",
            "a\\b           | character '\\' at index 1 is not allowed",
            "caf\u00e9      | character '\u00e9' at index 3 is not allowed",
            "~tmp/x         | character '~' at index 0 is not allowed",
            "a?b            | character '?' at index 1 is not allowed",
    })
    void an_invalid_key_is_rejected_with_the_rule_it_breaks(String key, String rule) {
        assertThat(ObjectKeys.isValid(key)).isFalse();
        assertThatThrownBy(() -> ObjectKeys.requireValid(key))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessageStartingWith("invalid object key '" + key + "'")
                .hasMessageContaining(rule)
                .satisfies(e -> {
                    InvalidObjectKeyException invalid = (InvalidObjectKeyException) e;
                    assertThat(invalid.key()).isEqualTo(key);
                    assertThat(invalid.rule()).contains(rule);
                });
    }

    @Test
    void null_and_overlong_keys_are_rejected() {
        assertThatThrownBy(() -> ObjectKeys.requireValid(null))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessageContaining("must not be null");
        assertThatThrownBy(() -> ObjectKeys.requireValid("k".repeat(600)))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessageContaining("must be at most 512 characters long, has 600")
                .hasMessageContaining("(600 chars)");
    }

    @Test
    void control_characters_are_not_echoed_raw_in_the_message() {
        assertThatThrownBy(() -> ObjectKeys.requireValid("evil\nline"))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining("U+000A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a/", "a/b", "courses/12", "a/.", "a/..x", "a/b/", "x-"})
    void prefixes_that_begin_a_valid_key_are_valid(String prefix) {
        assertThat(ObjectKeys.requireValidPrefix(prefix)).isEqualTo(prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/a", "a//", "a/./", "../", "a b", "a/../b"})
    void prefixes_that_cannot_begin_a_valid_key_are_rejected(String prefix) {
        assertThatThrownBy(() -> ObjectKeys.requireValidPrefix(prefix))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessageContaining("'" + prefix + "'");
    }

    @Test
    void a_null_prefix_is_rejected_with_a_hint() {
        assertThatThrownBy(() -> ObjectKeys.requireValidPrefix(null))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessageContaining("use \"\" to list every key");
    }

    @Test
    void a_prefix_may_be_as_long_as_a_key_but_not_longer() {
        assertThat(ObjectKeys.requireValidPrefix(LONGEST_KEY)).hasSize(512);
        assertThatThrownBy(() -> ObjectKeys.requireValidPrefix(LONGEST_KEY + "p"))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessageContaining("at most 512");
    }

    @Test
    void a_prefix_may_end_with_a_whole_segment_of_200_characters() {
        assertThat(ObjectKeys.requireValidPrefix("a/" + "s".repeat(200))).hasSize(202);
        assertThat(ObjectKeys.requireValidPrefix("a/" + "s".repeat(199))).hasSize(201);
        assertThatThrownBy(() -> ObjectKeys.requireValidPrefix("a/" + "s".repeat(201)))
                .isInstanceOf(InvalidObjectKeyException.class);
    }
}
