package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.lrs.validation.Fixtures.VALIDATOR;
import static vn.hoctap.lrs.validation.Fixtures.assertOnlyViolation;
import static vn.hoctap.lrs.validation.Fixtures.assertValid;
import static vn.hoctap.lrs.validation.Fixtures.contextAgentsStatement;
import static vn.hoctap.lrs.validation.Fixtures.edits;
import static vn.hoctap.lrs.validation.Fixtures.remove;
import static vn.hoctap.lrs.validation.Fixtures.richStatement;
import static vn.hoctap.lrs.validation.Fixtures.set;
import static vn.hoctap.lrs.validation.StatementValidatorTest.rule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.core.error.ApiError.Violation;

/** The context property (xAPI Data 2.4.6), including xAPI 2.0.0's contextAgents and contextGroups. */
class ContextValidationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("contextRules")
    void each_broken_context_rule_is_reported_at_its_path(String rule, UnaryOperator<ObjectNode> edit, String path,
            String message) {
        for (XapiVersion version : XapiVersion.values()) {
            assertOnlyViolation(edit.apply(richStatement()), version, path, message);
        }
    }

    static Stream<Arguments> contextRules() {
        return Stream.of(
                rule("a context is an object", set("context", "[]"), "$.context", "must be a Context object"),
                rule("a context has only known properties", set("context.session", "\"x\""), "$.context.session",
                        "is not a property of a Context; allowed are registration, instructor, team, "),
                rule("registration is a UUID", set("context.registration", "\"should fail\""),
                        "$.context.registration", "must be a UUID"),
                rule("registration is a string", set("context.registration", "{\"key\": \"should fail\"}"),
                        "$.context.registration", "must be a string, not an object"),
                rule("contextActivities is an object", set("context.contextActivities", "\"should fail\""),
                        "$.context.contextActivities", "must be a contextActivities object"),
                rule("contextActivities has only parent, grouping, category and other",
                        set("context.contextActivities.parents", "[]"), "$.context.contextActivities.parents",
                        "is not a property of contextActivities; allowed are parent, grouping, category, other"),
                rule("a context activity is an Activity or an array", set("context.contextActivities.category",
                        "\"tag\""), "$.context.contextActivities.category",
                        "must be an Activity object or an array of Activity objects, not a string"),
                rule("context activities in an array are checked", set("context.contextActivities.parent[0].id",
                        "\"bai-3\""), "$.context.contextActivities.parent[0].id", "must be an absolute IRI"),
                rule("a single context activity is checked", remove("context.contextActivities.grouping.id"),
                        "$.context.contextActivities.grouping.id", "is required"),
                rule("context activities are Activities", set("context.contextActivities.other[0].objectType",
                        "\"Agent\""), "$.context.contextActivities.other[0].objectType",
                        "must be \"Activity\" (case-sensitive) or left out"),
                rule("a context activity in an array is an object", set("context.contextActivities.parent[0]",
                        "\"https://example.org/x\""), "$.context.contextActivities.parent[0]",
                        "must be an Activity object"),
                rule("context activity definitions are checked",
                        set("context.contextActivities.other[0].definition.name", "{\"khmer\": \"x\"}"),
                        "$.context.contextActivities.other[0].definition.name.khmer", "is not an RFC 5646"),
                rule("revision is a string", set("context.revision", "12345"), "$.context.revision",
                        "must be a string, not a number"),
                rule("platform is a string", set("context.platform", "{\"key\": \"should fail\"}"),
                        "$.context.platform", "must be a string, not an object"),
                rule("language is a language tag", set("context.language", "\"something\""), "$.context.language",
                        "must be an RFC 5646 language tag such as vi, km-KH or en-US"),
                rule("language is not a language map", set("context.language", "{\"a12345\": \"should fail\"}"),
                        "$.context.language", "must be a string, not an object"),
                rule("statement is a StatementRef", set("context.statement.objectType", "\"statementref\""),
                        "$.context.statement.objectType", "must be \"StatementRef\" (case-sensitive)"),
                rule("statement says it is a StatementRef", remove("context.statement.objectType"),
                        "$.context.statement.objectType", "is required: a StatementRef must say objectType"),
                rule("statement id is a UUID", set("context.statement.id", "12345"), "$.context.statement.id",
                        "must be a string, not a number"),
                rule("statement is an object", set("context.statement", "\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\""),
                        "$.context.statement", "must be a StatementRef object"),
                rule("context extension keys are IRIs", set("context.extensions", "{\"thiet bi\": \"x\"}"),
                        "$.context.extensions['thiet bi']", "is not an absolute IRI"),
                rule("revision needs an Activity object", edits(remove("context.platform"), set("object",
                        "{\"objectType\": \"Agent\", \"mbox\": \"mailto:minh@example.org\"}")), "$.context.revision",
                        "is only allowed when the object of the Statement is an Activity"),
                rule("platform needs an Activity object", edits(remove("context.revision"), set("object",
                        "{\"objectType\": \"StatementRef\", \"id\": \"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"}")),
                        "$.context.platform", "is only allowed when the object of the Statement is an Activity"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:minh@example.org\"}]}",
            "{\"objectType\": \"SubStatement\", \"actor\": {\"mbox\": \"mailto:minh@example.org\"}, \"verb\": {\"id\": "
                    + "\"http://adlnet.gov/expapi/verbs/completed\"}, \"object\": {\"id\": \"urn:x:1\"}}",
    })
    void revision_and_platform_are_both_reported_for_a_non_activity_object(String object) {
        ObjectNode statement = set("object", object).apply(richStatement());

        assertThat(VALIDATOR.validate(statement, XapiVersion.V1_0_x)).extracting(Violation::path)
                .containsExactly("$.context.revision", "$.context.platform");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void a_single_context_activity_and_an_activity_without_object_type_are_valid(XapiVersion version) {
        ObjectNode statement = edits(
                set("context.contextActivities.parent", "{\"id\": \"https://hoctap.example.org/bai-3\"}"),
                set("context.contextActivities.category", "[]"),
                set("object", "{\"id\": \"https://hoctap.example.org/bai-3/cau-2\"}")).apply(richStatement());

        assertValid(statement, version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cmn", "tlh", "fr-CA", "zh-Hant-TW", "km-KH", "vi", "sr-Latn-RS"})
    void context_language_accepts_rfc_5646_tags(String language) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set("context.language", "\"" + language + "\"").apply(richStatement()), version);
        }
    }

    @Test
    void context_agents_and_groups_are_rejected_in_1_0_with_a_hint() {
        ObjectNode statement = set("context.contextAgents", "[]").apply(richStatement());

        assertOnlyViolation(statement, XapiVersion.V1_0_x, "$.context.contextAgents",
                "is not allowed in xAPI 1.0.x: contextAgents was added in xAPI 2.0.0");
        assertValid(statement, XapiVersion.V2_0_0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contextAgentRules")
    void each_broken_context_agent_or_group_rule_is_reported_in_2_0(String rule, UnaryOperator<ObjectNode> edit,
            String path, String message) {
        assertOnlyViolation(edit.apply(contextAgentsStatement()), XapiVersion.V2_0_0, path, message);
    }

    static Stream<Arguments> contextAgentRules() {
        String agents = "context.contextAgents";
        String groups = "context.contextGroups";
        return Stream.of(
                rule("contextAgents is an array", set(agents, "{}"), "$.context.contextAgents",
                        "must be an array of contextAgent objects, not an object"),
                rule("a contextAgent is an object", set(agents + "[1]", "\"Sok Dara\""), "$.context.contextAgents[1]",
                        "must be a contextAgent object"),
                rule("a contextAgent says objectType contextAgent", set(agents + "[0].objectType", "\"Should fail\""),
                        "$.context.contextAgents[0].objectType", "must be \"contextAgent\" (case-sensitive)"),
                rule("a contextAgent objectType is required", remove(agents + "[0].objectType"),
                        "$.context.contextAgents[0].objectType", "is required: a contextAgent must say objectType"),
                rule("a contextAgent needs an agent", remove(agents + "[1].agent"), "$.context.contextAgents[1].agent",
                        "is required: the Agent this entry is about"),
                rule("a contextAgent's agent is a valid Agent", set(agents + "[0].agent.mbox", "\"sok.dara\""),
                        "$.context.contextAgents[0].agent.mbox", "must be a mailto: IRI"),
                rule("a contextAgent's agent is not a Group", set(agents + "[0].agent.objectType", "\"Group\""),
                        "$.context.contextAgents[0].agent.objectType", "must be \"Agent\": only an Agent is allowed"),
                rule("relevantTypes is not empty", set(agents + "[0].relevantTypes", "[]"),
                        "$.context.contextAgents[0].relevantTypes", "must contain at least one IRI"),
                rule("relevantTypes are IRIs", set(agents + "[0].relevantTypes", "[\"abc\"]"),
                        "$.context.contextAgents[0].relevantTypes[0]", "must be an absolute IRI"),
                rule("relevantTypes is an array", set(agents + "[0].relevantTypes", "\"https://example.org/t\""),
                        "$.context.contextAgents[0].relevantTypes", "must be a non-empty array of IRIs"),
                rule("a contextAgent has only objectType, agent and relevantTypes",
                        set(agents + "[0].member", "[]"), "$.context.contextAgents[0].member",
                        "is not a property of a contextAgent; allowed are objectType, agent, relevantTypes"),
                rule("a contextGroup says objectType contextGroup", set(groups + "[0].objectType", "\"contextAgent\""),
                        "$.context.contextGroups[0].objectType", "must be \"contextGroup\""),
                rule("a contextGroup needs a group", remove(groups + "[0].group"), "$.context.contextGroups[0].group",
                        "is required: the Group this entry is about"),
                rule("a contextGroup's group says it is a Group", set(groups + "[0].group",
                        "{\"mbox\": \"mailto:lop@example.org\"}"), "$.context.contextGroups[0].group.objectType",
                        "is required: a Group must say objectType \"Group\""),
                rule("a contextGroup's group follows the Group rules", edits(remove(groups + "[0].group.mbox"),
                        set(groups + "[0].group.member", "[]")), "$.context.contextGroups[0].group.member",
                        "must list at least one Agent: an anonymous Group is defined by its members"),
                rule("a contextGroup's relevantTypes are IRIs", set(groups + "[0].relevantTypes[1]", "12"),
                        "$.context.contextGroups[0].relevantTypes[1]", "must be an absolute IRI"));
    }
}
