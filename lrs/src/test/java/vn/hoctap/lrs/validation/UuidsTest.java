package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UuidsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f",
            "3F0E5D1C-8B7A-4C2E-9D6F-0A1B2C3D4E5F",
            "3f0E5d1C-8b7A-4c2E-9d6F-0a1B2c3D4e5F",
            "00000000-0000-0000-0000-000000000000",
            "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
            "01890a5d-ac96-774b-bcce-b302099a8057",
            "3f0e5d1c-8b7a-4c2e-cd6f-0a1b2c3d4e5f",
    })
    void uuids_in_standard_string_form_of_any_version_and_case_are_valid(String uuid) {
        assertThat(Uuids.isValid(uuid)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "AA97B177-9383-4934-8543-0F91A7A028368",
            "MA97B177-9383-4934-8543-0F91A7A02836",
            "3f0e5d1c8b7a4c2e9d6f0a1b2c3d4e5f",
            "{3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f}",
            "urn:uuid:3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f",
            "3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5",
            "3f0e5d1c-8b7a4-c2e-9d6f-0a1b2c3d4e5f",
            " 3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f",
            "3f0e5d1c_8b7a_4c2e_9d6f_0a1b2c3d4e5f",
            "should fail",
    })
    void anything_else_is_not_a_uuid(String value) {
        assertThat(Uuids.isValid(value)).isFalse();
    }
}
