package vn.hoctap.lrs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "$        | actor                    | $.actor",
            "$.actor  | mbox_sha1sum             | $.actor.mbox_sha1sum",
            "$.verb   | display                  | $.verb.display",
            "$.verb.display | en-US              | $.verb.display['en-US']",
            "$.x      | https://example.org/ext  | $.x['https://example.org/ext']",
            "$        | 1abc                     | $['1abc']",
            "$        | it's                     | $['it\\'s']",
            "$        | a\\b                     | $['a\\\\b']",
            "agent    | mbox                     | agent.mbox",
            "$        | Nguyễn                   | $['Nguyễn']",
    })
    void property_names_are_written_after_a_dot_or_in_brackets(String parent, String name, String path) {
        assertThat(JsonPaths.property(parent, name)).isEqualTo(path);
    }

    @Test
    void an_empty_name_and_control_characters_are_written_safely() {
        assertThat(JsonPaths.property("$", "")).isEqualTo("$['']");
        assertThat(JsonPaths.property("$", "a\nb")).isEqualTo("$['a\\u000ab']");
    }

    @Test
    void array_elements_are_written_with_their_index() {
        assertThat(JsonPaths.index(JsonPaths.ROOT, 3)).isEqualTo("$[3]");
        assertThat(JsonPaths.index("$.actor.member", 0)).isEqualTo("$.actor.member[0]");
        assertThatThrownBy(() -> JsonPaths.index("$", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
