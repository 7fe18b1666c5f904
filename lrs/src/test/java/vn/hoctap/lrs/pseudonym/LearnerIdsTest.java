package vn.hoctap.lrs.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LearnerIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0e6f1c2a-4b1d-4c55-9a43-3f2b7b9f0c11", "hv-2024-000123", "42", "nguoi-hoc/7", "học-viên-7"})
    void opaque_app_account_ids_are_accepted(String id) {
        assertThat(LearnerIds.check("learner", id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "84 912 345 678", "091-234-5678", "079203001234", "(028) 3829 1234"})
    void phone_numbers_and_national_id_numbers_are_refused(String id) {
        assertThat(LearnerIds.check("learner", id)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("phone number or a national ID number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lan@example.org", "mailto:lan@example.org"})
    void email_addresses_are_refused(String id) {
        assertThat(LearnerIds.check("learner", id)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("e-mail"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " padded", "line\nbreak"})
    void blank_padded_or_control_characters_are_refused(String id) {
        assertThat(LearnerIds.check("learner", id)).isNotEmpty().allSatisfy(v -> assertThat(v.path()).isEqualTo("learner"));
    }

    @org.junit.jupiter.api.Test
    void a_missing_or_overlong_id_is_refused() {
        assertThat(LearnerIds.check("$.learner", null)).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("is required"));
        assertThat(LearnerIds.check("$.learner", "x".repeat(129))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("at most 128"));
    }
}
