package vn.hoctap.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StorageArgumentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "image/png                                  | image/png",
            "'  text/plain; charset=utf-8 '             | text/plain;charset=utf-8",
            "multipart/mixed ;  boundary=x ; a=b        | multipart/mixed;boundary=x;a=b",
            "'text/plain; title=\"a ; b\"'              | 'text/plain;title=\"a ; b\"'",
            "''                                         | application/octet-stream",
            "'   '                                      | application/octet-stream",
    })
    void content_types_are_recorded_without_spaces_around_semicolons(String given, String recorded) {
        assertThat(StorageArguments.contentType(given)).isEqualTo(recorded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain\r\nX: y", "caf\u00e9/x", "tab\tinside"})
    void content_types_with_control_or_non_ascii_characters_are_rejected(String contentType) {
        assertThatIllegalArgumentException().isThrownBy(() -> StorageArguments.contentType(contentType));
    }
}
