package vn.hoctap.lrs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.core.error.ApiError;

class StrictJsonTest {

    @Test
    void a_well_formed_object_is_read_into_a_tree() {
        ObjectNode statement = StrictJson.parseObject("""
                {"actor": {"mbox": "mailto:lan@example.org", "name": "Nguyễn Thị Lan"}, "n": null}""");

        assertThat(statement.path("actor").path("name").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(statement.get("n").isNull()).as("null values are kept for validation").isTrue();
    }

    @Test
    void numbers_are_kept_exactly_as_written() {
        JsonNode score = StrictJson.parseObject("""
                {"scaled": 0.10, "raw": 1.50E+2, "big": 123456789012345678901234567890,
                 "tiny": 0.1000000000000000000000000000001, "int": 7}""");

        assertThat(score.get("scaled").decimalValue()).isEqualTo(new BigDecimal("0.10"));
        assertThat(score.get("scaled").toString()).isEqualTo("0.10");
        assertThat(score.get("raw").decimalValue()).isEqualTo(new BigDecimal("1.50E+2"));
        assertThat(score.get("big").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(score.get("tiny").decimalValue()).isEqualTo(new BigDecimal("0.1000000000000000000000000000001"));
        assertThat(score.get("int").isIntegralNumber()).isTrue();
        assertThat(score.get("scaled").isIntegralNumber()).isFalse();
    }

    @Test
    void a_property_used_twice_is_rejected_with_its_path_line_and_column() {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> StrictJson.parseObject("""
                {
                  "actor": {
                    "mbox": "mailto:lan@example.org",
                    "mbox": "mailto:minh@example.org"
                  }
                }"""));

        assertThat(e.violation().path()).isEqualTo("$.actor.mbox");
        assertThat(e.violation().message())
                .startsWith("invalid JSON at line 4, column ")
                .contains("duplicate property \"mbox\"; each property may appear only once in an object");
    }

    @Test
    void a_duplicate_inside_an_array_element_is_located_by_index() {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class,
                () -> StrictJson.parseObjectOrArray("[{\"id\": 1}, {\"id\": 2, \"id\": 3}]"));

        assertThat(e.violation().path()).isEqualTo("$[1].id");
    }

    @Test
    void a_duplicate_top_level_property_is_rejected() {
        assertThatThrownBy(() -> StrictJson.parse("{\"verb\": {}, \"verb\": {}}"))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageStartingWith("$.verb: invalid JSON at line 1, column ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{}x", "[1] 2", "{\"a\": 1}}", "\"text\" \"more\""})
    void content_after_the_json_value_is_rejected(String json) {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> StrictJson.parse(json));

        assertThat(e.violation().path()).isEqualTo("$");
        assertThat(e.violation().message()).contains("line 1, column");
    }

    @Test
    void trailing_content_gets_a_readable_message() {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> StrictJson.parse("{} {}"));

        assertThat(e.violation().message()).isEqualTo("invalid JSON at line 1, column 4: unexpected content after "
                + "the end of the JSON value; send exactly one JSON value");
    }

    @Test
    void white_space_after_the_value_is_fine() {
        assertThat(StrictJson.parseObject("  {\"a\": 1} \n\t ").get("a").intValue()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "{\"a\": 1,}                | $.a | line 1, column 9",
            "{'a': 1}                   | $   | line 1, column 2",
            "{\"a\": 01}                | $.a | line 1, column 8",
            "{\"a\": NaN}               | $.a | line 1, column",
            "{\"a\": [1, 2}             | $.a[1] | line 1, column 12",
            "// comment\\n{}            | $   | line 1, column 1",
            "{\"a\": \"unterminated}    | $.a | line 1, column 21",
            "{\"a\": 1                  | $.a | line 1, column 8",
    })
    void malformed_json_is_rejected_with_the_best_known_path_and_position(String json, String path, String where) {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class,
                () -> StrictJson.parse(json.replace("\\n", "\n")));

        assertThat(e.violation().path()).isEqualTo(path);
        assertThat(e.violation().message()).startsWith("invalid JSON at " + where).doesNotContain("Source:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void an_empty_input_is_rejected(String json) {
        assertThatThrownBy(() -> StrictJson.parseObject(json))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessage("$: is empty; expected a JSON value");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]      | an array",
            "\"{}\"  | a string",
            "42      | a number",
            "true    | a boolean",
            "null    | null",
    })
    void only_an_object_is_accepted_where_an_object_is_expected(String json, String kind) {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> StrictJson.parseObject(json));

        assertThat(e.violation()).isEqualTo(new ApiError.Violation("$", "must be a JSON object ({...}), not " + kind));
    }

    @Test
    void an_object_or_an_array_is_accepted_where_either_is_expected() {
        assertThat(StrictJson.parseObjectOrArray("{}").isObject()).isTrue();
        assertThat(StrictJson.parseObjectOrArray("[{}, {}]").size()).isEqualTo(2);
        assertThatThrownBy(() -> StrictJson.parseObjectOrArray("\"statement\""))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessage("$: must be a JSON object ({...}) or array ([...]), not a string");
    }

    @Test
    void any_single_value_is_accepted_by_parse() {
        assertThat(StrictJson.parse("null").isNull()).isTrue();
        assertThat(StrictJson.parse("\"vi\"").asText()).isEqualTo("vi");
    }

    @Test
    void streams_are_read_as_utf8_and_left_open() {
        boolean[] closed = {false};
        InputStream body = new ByteArrayInputStream("{\"name\": \"ស្រីនាង\"}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assertThat(StrictJson.parseObject(body).get("name").asText()).isEqualTo("ស្រីនាង");
        assertThat(closed[0]).isFalse();
    }

    @Test
    void bytes_that_are_not_utf8_are_rejected_as_invalid_json() {
        byte[] latin1 = "{\"name\": \"Lan\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> StrictJson.parseObject(new ByteArrayInputStream(latin1)))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("invalid JSON at line 1");
    }

    @Test
    void a_failing_stream_is_an_io_problem_not_a_json_problem() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> StrictJson.parse(broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("connection reset");
    }

    @Test
    void too_deep_nesting_is_rejected_as_invalid_json() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        assertThatThrownBy(() -> StrictJson.parse(deep))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void the_exception_becomes_a_400_invalid_json_error_body() {
        InvalidJsonException e = new InvalidJsonException("$.verb", "duplicate property \"verb\"", null);

        assertThat(e.toApiError()).isEqualTo(ApiError.at(400, "invalid_json", "duplicate property \"verb\"", "$.verb"));
        assertThat(e.getMessage()).isEqualTo("$.verb: duplicate property \"verb\"");
    }
}
