package vn.hoctap.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

    @Test
    void a_closed_range_resolves_to_its_own_bytes() {
        assertThat(ByteRange.of(0, 99).resolve(1000)).isEqualTo(new ByteRange.Resolved(0, 99));
        assertThat(ByteRange.of(5, 5).resolve(1000).length()).isEqualTo(1);
    }

    @Test
    void a_last_byte_beyond_the_end_is_clamped() {
        assertThat(ByteRange.of(900, 5000).resolve(1000)).isEqualTo(new ByteRange.Resolved(900, 999));
    }

    @Test
    void an_open_range_runs_to_the_last_byte() {
        assertThat(ByteRange.startingAt(990).resolve(1000)).isEqualTo(new ByteRange.Resolved(990, 999));
        assertThat(ByteRange.startingAt(0).resolve(1).length()).isEqualTo(1);
    }

    @Test
    void a_suffix_range_resolves_to_the_last_bytes_or_the_whole_object() {
        assertThat(ByteRange.suffix(10).resolve(1000)).isEqualTo(new ByteRange.Resolved(990, 999));
        assertThat(ByteRange.suffix(5000).resolve(1000)).isEqualTo(new ByteRange.Resolved(0, 999));
    }

    @Test
    void a_range_starting_at_or_after_the_end_is_not_satisfiable() {
        assertThatThrownBy(() -> ByteRange.startingAt(1000).resolve(1000))
                .isInstanceOf(InvalidRangeException.class)
                .hasMessage("byte range bytes=1000- cannot be satisfied by an object of 1000 bytes")
                .satisfies(e -> {
                    InvalidRangeException invalid = (InvalidRangeException) e;
                    assertThat(invalid.range()).isEqualTo(ByteRange.startingAt(1000));
                    assertThat(invalid.objectSize()).isEqualTo(1000);
                });
        assertThatThrownBy(() -> ByteRange.of(2000, 3000).resolve(1000)).isInstanceOf(InvalidRangeException.class);
    }

    @Test
    void no_range_of_an_empty_object_is_satisfiable() {
        assertThatThrownBy(() -> ByteRange.startingAt(0).resolve(0)).isInstanceOf(InvalidRangeException.class);
        assertThatThrownBy(() -> ByteRange.suffix(1).resolve(0)).isInstanceOf(InvalidRangeException.class);
    }

    @Test
    void malformed_ranges_cannot_be_created() {
        assertThatIllegalArgumentException().isThrownBy(() -> ByteRange.of(-1, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> ByteRange.of(10, 9));
        assertThatIllegalArgumentException().isThrownBy(() -> ByteRange.startingAt(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> ByteRange.suffix(0));
        assertThatIllegalArgumentException().isThrownBy(() -> ByteRange.of(0, 1).resolve(-1));
    }

    @Test
    void the_parts_of_each_form_are_readable() {
        ByteRange closed = ByteRange.of(3, 7);
        assertThat(closed.firstByte()).hasValue(3);
        assertThat(closed.lastByte()).hasValue(7);
        assertThat(closed.isSuffix()).isFalse();
        assertThat(closed.suffixLength()).isEmpty();

        ByteRange open = ByteRange.startingAt(3);
        assertThat(open.firstByte()).hasValue(3);
        assertThat(open.lastByte()).isEmpty();

        ByteRange suffix = ByteRange.suffix(9);
        assertThat(suffix.isSuffix()).isTrue();
        assertThat(suffix.suffixLength()).hasValue(9);
        assertThat(suffix.firstByte()).isEmpty();
    }

    @Test
    void ranges_print_in_http_syntax_and_compare_by_value() {
        assertThat(ByteRange.of(0, 99)).hasToString("bytes=0-99").isEqualTo(ByteRange.of(0, 99))
                .hasSameHashCodeAs(ByteRange.of(0, 99)).isNotEqualTo(ByteRange.startingAt(0));
        assertThat(ByteRange.startingAt(100)).hasToString("bytes=100-");
        assertThat(ByteRange.suffix(500)).hasToString("bytes=-500");
    }

    @Test
    void a_resolved_range_gives_its_length_and_content_range() {
        ByteRange.Resolved resolved = ByteRange.suffix(100).resolve(1000);
        assertThat(resolved.length()).isEqualTo(100);
        assertThat(resolved.contentRange(1000)).isEqualTo("bytes 900-999/1000");
    }

    @Test
    void single_ranges_of_an_http_range_header_are_read() {
        assertThat(ByteRange.fromHttpRangeHeader("bytes=0-99")).contains(ByteRange.of(0, 99));
        assertThat(ByteRange.fromHttpRangeHeader("bytes=100-")).contains(ByteRange.startingAt(100));
        assertThat(ByteRange.fromHttpRangeHeader("bytes=-500")).contains(ByteRange.suffix(500));
        assertThat(ByteRange.fromHttpRangeHeader(" bytes=5-5 ")).contains(ByteRange.of(5, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes=", "bytes=-", "bytes=-0", "bytes=5-4", "bytes=0-1,5-6", "items=0-1",
            "bytes=a-b", "bytes=99999999999999999999-"})
    void http_range_headers_a_server_may_ignore_give_no_range(String header) {
        assertThat(ByteRange.fromHttpRangeHeader(header)).isEmpty();
    }

    @Test
    void an_absent_http_range_header_gives_no_range() {
        assertThat(ByteRange.fromHttpRangeHeader(null)).isEqualTo(Optional.empty());
    }
}
