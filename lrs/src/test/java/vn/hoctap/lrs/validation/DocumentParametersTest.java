package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.core.error.ApiError.Violation;

class DocumentParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"mbox\": \"mailto:lan@example.org\"}",
            "{\"objectType\": \"Agent\", \"name\": \"Nguyễn Thị Lan\", \"mbox\": \"mailto:lan@example.org\"}",
            "{\"mbox_sha1sum\": \"ebd31e95054c018b10727ccffd2ef2ec3a016ee9\"}",
            "{\"openid\": \"https://openid.example.org/lan\"}",
            "{\"account\": {\"homePage\": \"https://hoctap.example.org\", \"name\": \"lan.nguyen\"}}",
    })
    void an_agent_with_one_identifier_is_a_valid_agent_parameter(String agent) {
        for (XapiVersion version : XapiVersion.values()) {
            assertThat(DocumentParameters.agent(agent, version)).isEmpty();
        }
    }

    @ParameterizedTest(name = "agent = {0}")
    @MethodSource("invalidAgents")
    void an_invalid_agent_parameter_is_reported_under_the_parameter_name(String agent, String path, String message) {
        for (XapiVersion version : XapiVersion.values()) {
            List<Violation> violations = DocumentParameters.agent(agent, version);
            assertThat(violations).hasSize(1);
            assertThat(violations.get(0).path()).isEqualTo(path);
            assertThat(violations.get(0).message()).contains(message);
        }
    }

    static Stream<Arguments> invalidAgents() {
        return Stream.of(
                Arguments.of("{\"mbox\": \"lan@example.org\"}", "agent.mbox", "must be a mailto: IRI"),
                Arguments.of("{\"name\": \"Lan\"}", "agent", "an Agent must have exactly one identifier"),
                Arguments.of("{\"mbox\": \"mailto:lan@example.org\", \"openid\": \"https://o.example.org/lan\"}",
                        "agent", "it has 2 (mbox, openid)"),
                Arguments.of("{\"account\": {\"name\": \"lan\"}}", "agent.account.homePage", "is required"),
                Arguments.of("{\"objectType\": \"agent\", \"mbox\": \"mailto:lan@example.org\"}",
                        "agent.objectType", "must be \"Agent\" or \"Group\""),
                Arguments.of("{\"mbox\": \"mailto:lan@example.org\", \"mbox\": \"mailto:minh@example.org\"}",
                        "agent", "duplicate property \"mbox\""),
                Arguments.of("mailto:lan@example.org", "agent", "must be an Agent as JSON, such as "
                        + "{\"mbox\": \"mailto:lan@example.org\"}; invalid JSON at line 1, column"),
                Arguments.of("[{\"mbox\": \"mailto:lan@example.org\"}]", "agent", "object, not an array"),
                Arguments.of("", "agent", "is empty"));
    }

    @Test
    void an_identified_group_is_an_agent_parameter_only_in_2_0() {
        String group = "{\"objectType\": \"Group\", \"mbox\": \"mailto:lop-khmer@example.org\"}";

        assertThat(DocumentParameters.agent(group, XapiVersion.V2_0_0)).isEmpty();
        assertThat(DocumentParameters.agent(group, XapiVersion.V1_0_x)).containsExactly(new Violation(
                "agent.objectType", "must be \"Agent\": only an Agent is allowed here"));
    }

    @Test
    void an_anonymous_group_is_never_an_agent_parameter() {
        String group = "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:lan@example.org\"}]}";

        assertThat(DocumentParameters.agent(group, XapiVersion.V2_0_0)).containsExactly(new Violation("agent",
                "a Group used as the agent parameter must be an identified Group, with one of mbox, mbox_sha1sum, "
                        + "openid or account"));
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void missing_required_parameters_are_reported_as_required(XapiVersion version) {
        assertThat(DocumentParameters.agent(null, version)).containsExactly(new Violation("agent",
                "is required: the Agent as JSON, such as {\"mbox\": \"mailto:lan@example.org\"}"));
        assertThat(DocumentParameters.activityId(null)).containsExactly(new Violation("activityId",
                "is required: the IRI of the Activity"));
        assertThat(DocumentParameters.documentId("stateId", null)).containsExactly(new Violation("stateId",
                "is required: the id of the document"));
    }

    @Test
    void an_activity_id_is_an_absolute_iri() {
        assertThat(DocumentParameters.activityId("https://hoctap.example.org/xapi/activities/bài-1")).isEmpty();
        assertThat(DocumentParameters.activityId("bai-1")).containsExactly(new Violation("activityId",
                "must be an absolute IRI (with a scheme) such as "
                        + "https://hoctap.example.org/xapi/activities/bai-hoc-1"));
    }

    @Test
    void a_registration_is_a_uuid() {
        assertThat(DocumentParameters.registration("0C2B5A7E-1D3F-4E6A-8B9C-0D1E2F3A4B5C")).isEmpty();
        assertThat(DocumentParameters.registration("should fail")).containsExactly(new Violation("registration",
                "must be a UUID in standard form, such as 3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f"));
    }

    @Test
    void a_state_or_profile_id_is_any_non_empty_string() {
        assertThat(DocumentParameters.documentId("stateId", "tiến độ/bài 3")).isEmpty();
        assertThat(DocumentParameters.documentId("profileId", "")).containsExactly(new Violation("profileId",
                "must not be empty"));
    }

    @Test
    void since_is_a_timestamp_of_the_request_version() {
        assertThat(DocumentParameters.since("2024-05-17T08:30:00.123+07:00", XapiVersion.V2_0_0)).isEmpty();
        assertThat(DocumentParameters.since("2024-05-17T08:30:00", XapiVersion.V1_0_x)).isEmpty();
        assertThat(DocumentParameters.since("2024-05-17T08:30:00", XapiVersion.V2_0_0)).containsExactly(
                new Violation("since", "must be an RFC 3339 timestamp with a time zone, such as "
                        + "2024-05-17T08:30:00.123+07:00"));
        assertThat(DocumentParameters.since("yesterday", XapiVersion.V1_0_x)).hasSize(1);
    }
}
