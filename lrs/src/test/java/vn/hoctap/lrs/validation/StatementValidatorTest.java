package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.lrs.validation.Fixtures.VALIDATOR;
import static vn.hoctap.lrs.validation.Fixtures.assertOnlyViolation;
import static vn.hoctap.lrs.validation.Fixtures.assertValid;
import static vn.hoctap.lrs.validation.Fixtures.contextAgentsStatement;
import static vn.hoctap.lrs.validation.Fixtures.edits;
import static vn.hoctap.lrs.validation.Fixtures.minimalStatement;
import static vn.hoctap.lrs.validation.Fixtures.remove;
import static vn.hoctap.lrs.validation.Fixtures.richStatement;
import static vn.hoctap.lrs.validation.Fixtures.set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
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
import vn.hoctap.lrs.json.StrictJson;

class StatementValidatorTest {

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void a_rich_statement_with_vietnamese_and_khmer_texts_is_valid(XapiVersion version) {
        assertValid(richStatement(), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void a_statement_of_just_actor_verb_and_activity_is_valid(XapiVersion version) {
        assertValid(minimalStatement(), version);
    }

    @Test
    void context_agents_and_groups_are_valid_in_2_0_but_not_in_1_0() {
        assertValid(contextAgentsStatement(), XapiVersion.V2_0_0);

        List<Violation> violations = VALIDATOR.validate(contextAgentsStatement(), XapiVersion.V1_0_x);

        assertThat(violations).extracting(Violation::path)
                .containsExactly("$.context.contextAgents", "$.context.contextGroups", "$.version");
        assertThat(violations.get(0).message()).isEqualTo("is not allowed in xAPI 1.0.x: contextAgents was added in "
                + "xAPI 2.0.0 (send X-Experience-API-Version: 2.0.0)");
        assertThat(violations.get(2).message()).startsWith("must be 1.0 or 1.0.x");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void something_other_than_an_object_is_not_a_statement(XapiVersion version) {
        assertThat(VALIDATOR.validate(TextNode.valueOf("statement"), version))
                .containsExactly(new Violation("$", "must be a Statement object, not a string"));
        assertThat(VALIDATOR.validate(StrictJson.parse("[]"), version))
                .containsExactly(new Violation("$", "must be a Statement object, not an array"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statementRules")
    void each_broken_statement_rule_is_reported_at_its_path(String rule, UnaryOperator<ObjectNode> edit, String path,
            String message) {
        for (XapiVersion version : XapiVersion.values()) {
            assertOnlyViolation(edit.apply(richStatement()), version, path, message);
        }
    }

    static Stream<Arguments> statementRules() {
        return Stream.of(
                rule("actor is required", remove("actor"), "$.actor",
                        "is required: a Statement needs an actor, an Agent or Group"),
                rule("verb is required", remove("verb"), "$.verb", "is required: a Statement needs a verb"),
                rule("object is required", remove("object"), "$.object", "is required: a Statement needs an object"),
                rule("property names are case-sensitive", edits(remove("id"),
                        set("ID", "\"6f1d7c52-3b8e-4a0f-9c1d-2e5b7a9f0c34\"")), "$.ID",
                        "is not a property of a Statement; allowed are id, actor, verb, object, result, context, "
                                + "timestamp, stored, authority, version, attachments, objectType (names are "
                                + "case-sensitive)"),
                rule("unknown properties are rejected", set("comment", "\"hay\""), "$.comment",
                        "is not a property of a Statement"),
                rule("null values are rejected", set("context", "null"), "$.context",
                        "must not be null; leave the property out instead (only extension values may be null)"),
                rule("null values are rejected deep inside", set("context.registration", "null"),
                        "$.context.registration", "must not be null"),
                rule("id must be a UUID", set("id", "\"AA97B177-9383-4934-8543-0F91A7A028368\""), "$.id",
                        "must be a UUID in standard form, such as 3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f"),
                rule("id must use hexadecimal digits", set("id", "\"MA97B177-9383-4934-8543-0F91A7A02836\""), "$.id",
                        "must be a UUID"),
                rule("id must be a string", set("id", "12345"), "$.id", "must be a string, not a number"),
                rule("id must not be an object", set("id", "{\"key\": \"should fail\"}"), "$.id",
                        "must be a string, not an object"),
                rule("id must not be empty", set("id", "\"\""), "$.id", "must be a UUID"),
                rule("a statement's objectType can only be Statement", set("objectType", "\"SubStatement\""),
                        "$.objectType", "must be \"Statement\" or left out"),
                rule("version must be 1.0.x or 2.0.x", set("version", "\"1.1.0\""), "$.version", "must be 1.0"),
                rule("version must not be 0.9.x", set("version", "\"0.9.9\""), "$.version", "must be 1.0"),
                rule("version must be a string", set("version", "1.0"), "$.version", "must be a string, not a number"),
                rule("timestamp must be a timestamp", set("timestamp", "\"01/011/2015\""), "$.timestamp",
                        "must be an"),
                rule("timestamp must not use the unknown offset -00:00",
                        set("timestamp", "\"2008-09-15T15:53:00.601-00:00\""), "$.timestamp",
                        "-00:00 is not accepted as an offset"),
                rule("stored must be a timestamp", set("stored", "\"should fail\""), "$.stored", "must be an"),
                rule("timestamp must be a string", set("timestamp", "1715934600"), "$.timestamp",
                        "must be a string, not a number"));
    }

    static Arguments rule(String rule, UnaryOperator<ObjectNode> edit, String path, String message) {
        return Arguments.of(rule, edit, path, message);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void upper_case_uuids_and_an_objecttype_of_statement_are_accepted(XapiVersion version) {
        assertValid(edits(set("id", "\"6F1D7C52-3B8E-4A0F-9C1D-2E5B7A9F0C34\""), set("objectType", "\"Statement\""))
                .apply(richStatement()), version);
    }

    @ParameterizedTest
    @CsvSource({
            "1.0,    true,  true",
            "1.0.0,  true,  true",
            "1.0.3,  true,  true",
            "1.0.9,  true,  true",
            "2.0,    false, true",
            "2.0.0,  false, true",
            "2.0.1,  false, true",
            "1.1.0,  false, false",
            "2.1.0,  false, false",
            "3.0.0,  false, false",
            "1.0.,   false, false",
            "1.0.x,  false, false",
            "v1.0.3, false, false",
    })
    void the_version_property_accepted_depends_on_the_request_version(String version, boolean in1, boolean in2) {
        ObjectNode statement = set("version", "\"" + version + "\"").apply(minimalStatement());

        assertThat(VALIDATOR.validate(statement, XapiVersion.V1_0_x).isEmpty()).as("under 1.0.x").isEqualTo(in1);
        assertThat(VALIDATOR.validate(statement, XapiVersion.V2_0_0).isEmpty()).as("under 2.0.0").isEqualTo(in2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-17T08:30:00", "2024-05-17T08:30Z", "20240517T083000Z", "2024-05-17T08:30:00,5Z"})
    void timestamps_that_are_iso_8601_but_not_rfc_3339_are_only_accepted_in_1_0(String timestamp) {
        ObjectNode statement = edits(set("timestamp", "\"" + timestamp + "\""), set("stored", "\"" + timestamp + "\""))
                .apply(minimalStatement());

        assertValid(statement, XapiVersion.V1_0_x);
        assertThat(VALIDATOR.validate(statement, XapiVersion.V2_0_0)).extracting(Violation::path)
                .containsExactly("$.timestamp", "$.stored");
        assertThat(VALIDATOR.validate(statement, XapiVersion.V2_0_0).get(0).message())
                .isEqualTo("must be an RFC 3339 timestamp with a time zone, such as 2024-05-17T08:30:00.123+07:00; "
                        + "-00:00 is not accepted as an offset");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void a_future_timestamp_is_accepted(XapiVersion version) {
        assertValid(set("timestamp", "\"2999-12-31T23:59:59.999Z\"").apply(minimalStatement()), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void every_problem_of_a_statement_is_reported_not_just_the_first(XapiVersion version) {
        ObjectNode statement = edits(
                set("actor.mbox", "\"lan@hoctap.example.org\""),
                set("verb.id", "\"answered\""),
                set("verb.display", "{\"vi\": \"đã trả lời\", \"khmer\": \"បានឆ្លើយ\"}"),
                set("result.score.scaled", "1.5"),
                set("result.success", "\"true\""),
                set("context.registration", "\"not-a-uuid\""),
                set("context.contextActivities.parent[0].id", "\"bai-3\""),
                set("timestamp", "\"yesterday\""),
                set("attachments[1].length", "-1"),
                set("Result", "{}")).apply(richStatement());

        List<Violation> violations = VALIDATOR.validate(statement, version);

        assertThat(violations).extracting(Violation::path).containsExactlyInAnyOrder(
                "$.Result",
                "$.actor.mbox",
                "$.verb.id",
                "$.verb.display.khmer",
                "$.result.score.scaled",
                "$.result.success",
                "$.context.registration",
                "$.context.contextActivities.parent[0].id",
                "$.timestamp",
                "$.attachments[1].length");
        assertThat(violations).contains(
                new Violation("$.actor.mbox", "must be a mailto: IRI such as mailto:lan@example.org"),
                new Violation("$.result.score.scaled", "must be between -1 and 1 inclusive; it is 1.5"),
                new Violation("$.result.success", "must be true or false (a JSON boolean), not a string"));
    }

    @Test
    void a_batch_reports_violations_with_the_index_of_each_statement() {
        ObjectNode broken = set("actor.mbox", "\"lan@example.org\"").apply(richStatement());
        broken.put("id", "8a3f6e1d-0b2c-4d5e-9f8a-7b6c5d4e3f2a");
        ArrayNode batch = JsonNodeFactory.instance.arrayNode()
                .add(minimalStatement()).add(richStatement()).add(minimalStatement()).add(broken);

        assertThat(VALIDATOR.validateBatch(batch, XapiVersion.V2_0_0)).containsExactly(
                new Violation("$[3].actor.mbox", "must be a mailto: IRI such as mailto:lan@example.org"));
    }

    @Test
    void a_batch_must_not_use_a_statement_id_twice_whatever_its_case() {
        var batch = StrictJson.parse("""
                [{"id": "6f1d7c52-3b8e-4a0f-9c1d-2e5b7a9f0c34", "actor": {"mbox": "mailto:lan@example.org"},
                  "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}, "object": {"id": "urn:x:1"}},
                 {"actor": {"mbox": "mailto:lan@example.org"},
                  "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}, "object": {"id": "urn:x:2"}},
                 {"id": "6F1D7C52-3B8E-4A0F-9C1D-2E5B7A9F0C34", "actor": {"mbox": "mailto:lan@example.org"},
                  "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}, "object": {"id": "urn:x:3"}}]""");

        assertThat(VALIDATOR.validateBatch(batch, XapiVersion.V1_0_x)).containsExactly(new Violation("$[2].id",
                "duplicates the id of $[0]; each Statement in a batch needs its own id"));
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void a_batch_must_be_an_array_of_statement_objects(XapiVersion version) {
        assertThat(VALIDATOR.validateBatch(minimalStatement(), version))
                .containsExactly(new Violation("$", "must be an array of Statements, not an object"));
        assertThat(VALIDATOR.validateBatch(StrictJson.parse("[1, {}]"), version)).containsExactly(
                new Violation("$[0]", "must be a Statement object, not a number"),
                new Violation("$[1].actor", "is required: a Statement needs an actor, an Agent or Group"),
                new Violation("$[1].verb", "is required: a Statement needs a verb such as {\"id\": "
                        + "\"http://adlnet.gov/expapi/verbs/completed\"}"),
                new Violation("$[1].object", "is required: a Statement needs an object, such as an Activity"));
        assertThat(VALIDATOR.validateBatch(StrictJson.parse("[]"), version)).isEmpty();
    }
}
