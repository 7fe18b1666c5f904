package vn.hoctap.lrs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasePathTest {

    @Test
    void the_default_is_xapi_and_forwards_nothing() {
        assertThat(BasePath.standard().path()).isEqualTo("/xapi");
        assertThat(BasePath.parse("/xapi/").isInternal()).isTrue();
    }

    @Test
    void requests_under_another_base_path_map_to_the_same_resource_under_xapi() {
        BasePath lrs = BasePath.parse(" /learning/lrs/ ");

        assertThat(lrs.path()).isEqualTo("/learning/lrs");
        assertThat(lrs.internalPath("/learning/lrs/statements")).contains("/xapi/statements");
        assertThat(lrs.internalPath("/learning/lrs/about")).contains("/xapi/about");
        assertThat(lrs.internalPath("/learning/lrs")).contains("/xapi");
        assertThat(lrs.internalPath("/learning/lrsx/statements")).isEmpty();
        assertThat(lrs.internalPath("/api/app/sync")).isEmpty();
        assertThat(BasePath.isUnderInternal("/xapi/statements")).isTrue();
        assertThat(BasePath.isUnderInternal("/xapis")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xapi", "/", "/a b", "/lrs/../api", "/api/lrs", "/openapi", "/storage/x", "/x?y"})
    void paths_that_are_not_a_base_path_or_belong_to_the_platform_are_refused(String value) {
        assertThatThrownBy(() -> BasePath.parse(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
