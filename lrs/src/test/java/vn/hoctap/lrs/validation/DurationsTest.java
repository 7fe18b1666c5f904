package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "PT1H0M0.1S", "PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "P1DT12H",
            "PT0S", "P0D", "PT1M", "P1M", "P1Y2D", "PT0,5S", "P1.5Y", "PT2.5H", "P10000Y", "PT1H30M5.25S",
    })
    void iso_8601_durations_with_designators_are_valid(String duration) {
        assertThat(Durations.isValid(duration)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "PA1H0M0S", "should fail", "P4W1D", "P", "PT", "P1DT", "-P1D", "p1d", "PT1h", "1H", "P1.5YT2H",
            "PT1.5H30M", "PT.5S", "PT5.S", "P1D1D", "PT1S1M", "P1M1Y", "P0003-01-29T04:35:59", "P00030129T043559",
            "P1W2W", "P1.5W1D", "PT1H 30M", "P1DT2", "P1,5,5S", "PT1.5.5S", "P٣D",
    })
    void other_values_are_not_durations(String value) {
        assertThat(Durations.isValid(value)).isFalse();
    }
}
