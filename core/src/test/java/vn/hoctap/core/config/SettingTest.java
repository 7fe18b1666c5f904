package vn.hoctap.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void a_parsed_value_is_returned() {
        Integer parsed = Setting.LRS_BASE_PATH.parse("42", Integer::valueOf);

        assertThat(parsed).isEqualTo(42);
    }

    @Test
    void a_value_the_parser_refuses_stops_start_up_naming_the_setting_and_the_parser_s_reason() {
        assertThatThrownBy(() -> Setting.LRS_BASE_PATH.parse("/api", value -> {
            throw new IllegalArgumentException("'" + value + "' is under /api");
        }))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("setting hoctap.lrs.base-path (HOCTAP_LRS_BASE_PATH): '/api' is under /api")
                .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo(Setting.LRS_BASE_PATH));
    }
}
