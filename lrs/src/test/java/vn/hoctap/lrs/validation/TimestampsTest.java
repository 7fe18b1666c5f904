package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2024-05-17T08:30:00Z", "2024-05-17T08:30:00.123+07:00", "2008-09-15T15:53:00.601+00:00",
            "2012-06-01T19:09:13.245Z", "2023-05-04T12:00:00-05:00", "2024-05-17t08:30:00z",
            "2024-02-29T23:59:59.999999999+14:00", "2016-12-31T23:59:60Z", "0001-01-01T00:00:00Z",
    })
    void rfc_3339_timestamps_are_valid_in_every_version(String timestamp) {
        assertThat(Timestamps.isValid(timestamp, XapiVersion.V2_0_0)).isTrue();
        assertThat(Timestamps.isValid(timestamp, XapiVersion.V1_0_x)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2024-05-17T08:30:00", "2024-05-17T08:30", "2024-05-17T08", "2024-05-17T08:30Z",
            "2024-05-17T08:30:00,5+07:00", "2024-05-17T08:30:00+07", "20240517T083000Z", "20240517T083000.123+0700",
            "20240517T0830+07", "20240517T083000",
    })
    void other_iso_8601_date_times_are_valid_in_1_0_but_not_in_2_0(String timestamp) {
        assertThat(Timestamps.isValid(timestamp, XapiVersion.V1_0_x)).isTrue();
        assertThat(Timestamps.isValid(timestamp, XapiVersion.V2_0_0)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "should fail", "01/011/2015", "2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000",
            "2008-09-15T15:53:00.601-00:00", "2024-05-17", "2024-05-17 08:30:00Z", "2024-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-05-17T24:00:00Z", "2024-05-17T08:60:00Z",
            "2024-05-17T08:30:60Z", "2024-05-17T08:30:00+24:00", "2024-05-17T08:30:00+07:60",
            "2024-05-17T08:30:00.Z", "2024-05-17T08:30:00+0700", "20240517T08:30:00Z", "2024-05-17T083000Z",
            "2024-W20-5T08:30:00Z", "2024-138T08:30:00Z", "24-05-17T08:30:00Z", "+002024-05-17T08:30:00Z",
            "2024-05-17T08:30:00 Z", " 2024-05-17T08:30:00Z", "2024-05-17T08:30:00Z ", "1715934600",
            "２０２４-05-17T08:30:00Z",
    })
    void malformed_timestamps_and_unknown_offsets_are_rejected_in_every_version(String value) {
        assertThat(Timestamps.isValid(value, XapiVersion.V1_0_x)).isFalse();
        assertThat(Timestamps.isValid(value, XapiVersion.V2_0_0)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void a_leap_second_is_only_accepted_after_minute_59(XapiVersion version) {
        assertThat(Timestamps.isValid("2016-12-31T23:59:60Z", version)).isTrue();
        assertThat(Timestamps.isValid("2016-12-31T23:58:60Z", version)).isFalse();
    }
}
