package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class XapiVersionTest {

    @ParameterizedTest
    @CsvSource({
            "1.0,   V1_0_x",
            "1.0.0, V1_0_x",
            "1.0.1, V1_0_x",
            "1.0.2, V1_0_x",
            "1.0.3, V1_0_x",
            "2.0,   V2_0_0",
            "2.0.0, V2_0_0",
    })
    void the_supported_header_values_name_a_version(String header, XapiVersion version) {
        assertThat(XapiVersion.parse(header)).contains(version);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1", "1.0.4", "1.0.10", "1.1", "1.1.0", "0.95", "0.9", "2", "2.0.1", "2.1.0",
            "3.0.0", "1.0.3-beta", "v1.0.3", "1.0.3.0", "1,0,3", "１.0.3"})
    void other_header_values_are_not_supported(String header) {
        assertThat(XapiVersion.parse(header)).isEmpty();
    }

    @Test
    void optional_white_space_around_the_header_value_is_ignored() {
        assertThat(XapiVersion.parse(" 2.0.0\t")).contains(XapiVersion.V2_0_0);
    }

    @Test
    void the_lrs_answers_with_the_latest_patch_of_each_version() {
        assertThat(XapiVersion.V1_0_x.headerValue()).isEqualTo("1.0.3");
        assertThat(XapiVersion.V2_0_0.headerValue()).isEqualTo("2.0.0");
    }
}
