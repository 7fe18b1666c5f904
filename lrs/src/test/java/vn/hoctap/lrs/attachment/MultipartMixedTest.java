package vn.hoctap.lrs.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hoctap.lrs.error.InvalidAttachmentsException;

class MultipartMixedTest {

    private static final String TYPE = "multipart/mixed; boundary=abc";

    @Test
    void parts_are_read_with_their_headers_and_exact_bytes() {
        String body = "preamble\r\n--abc\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\r\n--abc\r\n"
                + "Content-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:h\r\n\r\n"
                + "line one\r\nline two\r\n--abc--\r\n";

        List<MultipartMixed.Part> parts = MultipartMixed.parse(bytes(body), TYPE);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).header("content-type")).contains("application/json");
        assertThat(text(parts.get(0).content())).isEqualTo("{\"a\":1}");
        assertThat(parts.get(1).header("X-Experience-API-Hash")).contains("h");
        assertThat(text(parts.get(1).content())).isEqualTo("line one\r\nline two");
    }

    @Test
    void a_missing_boundary_or_closing_delimiter_is_refused() {
        assertThatThrownBy(() -> MultipartMixed.parse(bytes("--abc\r\n\r\nx\r\n--abc--"), "multipart/mixed"))
                .isInstanceOf(InvalidAttachmentsException.class);
        assertThatThrownBy(() -> MultipartMixed.parse(bytes("no delimiter here"), TYPE))
                .isInstanceOf(InvalidAttachmentsException.class);
        assertThatThrownBy(() -> MultipartMixed.parse(bytes("--abc\r\nContent-Type: a/b\r\n\r\nx"), TYPE))
                .isInstanceOf(InvalidAttachmentsException.class);
    }

    @Test
    void the_boundary_may_be_quoted_and_what_is_written_reads_back() {
        assertThat(MultipartMixed.boundary("multipart/mixed; boundary=\"x y\"")).contains("x y");
        Map.Entry<String, byte[]> written = MultipartMixed.write(List.of(
                new MultipartMixed.Part(Map.of("Content-Type", "application/json"), bytes("[]")),
                new MultipartMixed.Part(Map.of("X-Experience-API-Hash", "h"), new byte[] {0, 13, 10, 1})));

        List<MultipartMixed.Part> parts = MultipartMixed.parse(written.getValue(), written.getKey());

        assertThat(MultipartMixed.isMultipartMixed(written.getKey())).isTrue();
        assertThat(parts).hasSize(2);
        assertThat(parts.get(1).content()).containsExactly(0, 13, 10, 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
