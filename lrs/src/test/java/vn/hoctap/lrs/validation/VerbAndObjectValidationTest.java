package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.lrs.validation.Fixtures.VALIDATOR;
import static vn.hoctap.lrs.validation.Fixtures.assertOnlyViolation;
import static vn.hoctap.lrs.validation.Fixtures.assertValid;
import static vn.hoctap.lrs.validation.Fixtures.edits;
import static vn.hoctap.lrs.validation.Fixtures.remove;
import static vn.hoctap.lrs.validation.Fixtures.richStatement;
import static vn.hoctap.lrs.validation.Fixtures.set;
import static vn.hoctap.lrs.validation.StatementValidatorTest.rule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.core.error.ApiError.Violation;

/** Verbs, Activities and their definitions, Statement References, SubStatements and voiding (Data 2.4.3, 2.4.4). */
class VerbAndObjectValidationTest {

    private static final String STATEMENT_REF =
            "{\"objectType\": \"StatementRef\", \"id\": \"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"}";
    private static final String SUB_STATEMENT = """
            {"objectType": "SubStatement",
             "actor": {"name": "Trần Văn Minh", "mbox": "mailto:minh@example.org"},
             "verb": {"id": "https://hoctap.example.org/xapi/verbs/se-hoc", "display": {"vi": "sẽ học"}},
             "object": {"id": "https://hoctap.example.org/xapi/activities/bai-4"},
             "result": {"completion": false},
             "context": {"platform": "Học Tập", "language": "km"},
             "timestamp": "2030-01-01T00:00:00Z"}""";

    /** The rich statement without the context properties that require an Activity object. */
    private static UnaryOperator<ObjectNode> withObject(String object) {
        return edits(remove("context.revision"), remove("context.platform"), set("object", object));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbAndObjectRules")
    void each_broken_verb_or_object_rule_is_reported_at_its_path(String rule, UnaryOperator<ObjectNode> edit,
            String path, String message) {
        for (XapiVersion version : XapiVersion.values()) {
            assertOnlyViolation(edit.apply(richStatement()), version, path, message);
        }
    }

    static Stream<Arguments> verbAndObjectRules() {
        return Stream.of(
                rule("a verb needs an id", remove("verb.id"), "$.verb.id", "is required: the IRI that identifies"),
                rule("a verb id is an IRI", set("verb.id", "\"answered\""), "$.verb.id",
                        "must be an absolute IRI (with a scheme) such as http://adlnet.gov/expapi/verbs/completed"),
                rule("a verb is an object", set("verb", "\"answered\""), "$.verb", "must be a Verb object"),
                rule("a verb has only id and display", set("verb.name", "\"answered\""), "$.verb.name",
                        "is not a property of a Verb; allowed are id, display"),
                rule("display is a language map, not a string", set("verb.display", "\"answered\""), "$.verb.display",
                        "must be a language map such as {\"vi\": \"đã hoàn thành\", \"en\": \"completed\"}, not a "
                                + "string"),
                rule("display is a language map, not a number", set("verb.display", "12345"), "$.verb.display",
                        "not a number"),
                rule("language map keys are language tags", set("verb.display", "{\"a12345\": \"attended\"}"),
                        "$.verb.display.a12345", "is not an RFC 5646 language tag"),
                rule("language map keys are not words", set("verb.display", "{\"something\": \"besucht\"}"),
                        "$.verb.display.something", "language map keys are tags such as vi, km-KH or en-US"),
                rule("language map keys are checked by the RFC 5646 rules",
                        set("verb.display", "{\"zh-z-aaa-z-bbb-c-ccc\": \"x\"}"),
                        "$.verb.display['zh-z-aaa-z-bbb-c-ccc']", "is not an RFC 5646 language tag"),
                rule("language map values are strings", set("verb.display.vi", "null"), "$.verb.display.vi",
                        "must be a string (the text in that language), not null"),
                rule("an object is an object", set("object", "\"activity\""), "$.object",
                        "must be an object: an Activity, Agent, Group, StatementRef or SubStatement, not a string"),
                rule("objectType values are case-sensitive", set("object.objectType", "\"activity\""),
                        "$.object.objectType",
                        "must be one of Activity, Agent, Group, StatementRef, SubStatement (case-sensitive), not "
                                + "\"activity\""),
                rule("an Activity needs an id", remove("object.id"), "$.object.id", "is required"),
                rule("an Activity id is an IRI", set("object.id", "\"ab=c://should.fail.com\""), "$.object.id",
                        "must be an absolute IRI"),
                rule("an Activity has only objectType, id and definition", set("object.name", "\"Câu hỏi 2\""),
                        "$.object.name", "is not a property of an Activity"),
                rule("a definition is an object", set("object.definition", "\"should error\""),
                        "$.object.definition", "must be an Activity Definition object, not a string"),
                rule("a definition name is a language map", set("object.definition.name", "12345"),
                        "$.object.definition.name", "must be a language map"),
                rule("a definition description uses language tags",
                        set("object.definition.description", "{\"something\": \"x\"}"),
                        "$.object.definition.description.something", "is not an RFC 5646 language tag"),
                rule("a definition type is an IRI", set("object.definition.type", "\"should error\""),
                        "$.object.definition.type", "must be an absolute IRI"),
                rule("moreInfo is an IRL", set("object.definition.moreInfo", "\"bai-3.html\""),
                        "$.object.definition.moreInfo", "must be an absolute IRL"),
                rule("moreInfo is not null", set("object.definition.moreInfo", "null"),
                        "$.object.definition.moreInfo", "must not be null"),
                rule("extension keys are IRIs", set("object.definition.extensions", "{\"should fail\": true}"),
                        "$.object.definition.extensions['should fail']",
                        "is not an absolute IRI; extension keys must be IRIs"),
                rule("extensions are an object", set("object.definition.extensions", "\"should fail\""),
                        "$.object.definition.extensions", "must be an extensions object whose keys are IRIs"),
                rule("a definition has no unknown properties", set("object.definition.interaction", "\"choice\""),
                        "$.object.definition.interaction", "is not a property of an Activity Definition"),
                rule("interactionType is case-sensitive", set("object.definition.interactionType", "\"choiCe\""),
                        "$.object.definition.interactionType", "must be one of true-false, choice, fill-in, "
                                + "long-fill-in, matching, performance, sequencing, likert, numeric or other "
                                + "(case-sensitive)"),
                rule("interactionType is a known type", set("object.definition.interactionType",
                        "\"http://example.com/choice\""), "$.object.definition.interactionType", "must be one of"),
                rule("interactionType is a string", set("object.definition.interactionType", "12345"),
                        "$.object.definition.interactionType", "must be a string, not a number"),
                rule("interaction properties need an interactionType", remove("object.definition.interactionType"),
                        "$.object.definition.interactionType", "is required when correctResponsesPattern, choices, "
                                + "scale, source, target or steps is used"),
                rule("correctResponsesPattern is an array", set("object.definition.correctResponsesPattern", "\"a\""),
                        "$.object.definition.correctResponsesPattern", "must be an array of strings"),
                rule("correctResponsesPattern holds strings",
                        set("object.definition.correctResponsesPattern", "[\"a\", 1]"),
                        "$.object.definition.correctResponsesPattern[1]", "must be a string, not a number"),
                rule("components must fit the interactionType", set("object.definition.interactionType",
                        "\"likert\""), "$.object.definition.choices",
                        "is not used by interactionType \"likert\"; it uses scale"),
                rule("some interaction types use no components", set("object.definition.interactionType",
                        "\"fill-in\""), "$.object.definition.choices", "it uses no interaction components"),
                rule("component ids are distinct", set("object.definition.choices[2].id", "\"a\""),
                        "$.object.definition.choices[2].id",
                        "duplicates the id of $.object.definition.choices[0]; ids within one list must be distinct"),
                rule("a component needs an id", remove("object.definition.choices[1].id"),
                        "$.object.definition.choices[1].id", "is required"),
                rule("a component id is a string", set("object.definition.choices[1].id", "2"),
                        "$.object.definition.choices[1].id", "must be a string, not a number"),
                rule("a component has only id and description", set("object.definition.choices[0].name", "\"A\""),
                        "$.object.definition.choices[0].name", "is not a property of an interaction component"),
                rule("a component description is a language map",
                        set("object.definition.choices[0].description", "\"A\""),
                        "$.object.definition.choices[0].description", "must be a language map"),
                rule("components come in an array", set("object.definition.choices", "{\"id\": \"a\"}"),
                        "$.object.definition.choices", "must be an array of interaction components"),
                rule("a component is an object", set("object.definition.choices[0]", "\"a\""),
                        "$.object.definition.choices[0]", "must be an interaction component object"),
                rule("a StatementRef needs an id", withObject("{\"objectType\": \"StatementRef\"}"), "$.object.id",
                        "is required: the UUID of the Statement referred to"),
                rule("a StatementRef id is a UUID", withObject("{\"objectType\": \"StatementRef\", \"id\": "
                        + "\"should fail\"}"), "$.object.id", "must be a UUID"),
                rule("a StatementRef has only objectType and id", withObject("{\"objectType\": \"StatementRef\", "
                        + "\"id\": \"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\", \"verb\": {}}"), "$.object.verb",
                        "is not a property of a StatementRef"),
                rule("objectType StatementRef is case-sensitive", withObject("{\"objectType\": \"statementref\", "
                        + "\"id\": \"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"}"), "$.object.objectType",
                        "must be one of"),
                rule("a voiding statement targets a StatementRef",
                        set("verb.id", "\"" + StatementValidator.VOIDED + "\""), "$.object",
                        "must be a StatementRef (objectType \"StatementRef\") because the verb is "
                                + "http://adlnet.gov/expapi/verbs/voided"));
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void a_statement_ref_and_a_voiding_statement_are_valid(XapiVersion version) {
        assertValid(withObject(STATEMENT_REF).apply(richStatement()), version);
        assertValid(edits(withObject(STATEMENT_REF), set("verb", "{\"id\": \"" + StatementValidator.VOIDED
                + "\", \"display\": {\"vi\": \"đã hủy\"}}")).apply(richStatement()), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void a_sub_statement_is_valid_as_an_object(XapiVersion version) {
        assertValid(withObject(SUB_STATEMENT).apply(richStatement()), version);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "id        | \"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\"",
            "stored    | \"2013-05-18T05:32:34.804Z\"",
            "version   | \"1.0.0\"",
            "authority | {\"mbox\": \"mailto:lrs@example.org\"}",
    })
    void a_sub_statement_has_no_id_stored_version_or_authority(String property, String value) {
        ObjectNode statement = edits(withObject(SUB_STATEMENT), set("object." + property, value))
                .apply(richStatement());

        for (XapiVersion version : XapiVersion.values()) {
            assertOnlyViolation(statement, version, "$.object." + property, "is not allowed in a SubStatement: a "
                    + "SubStatement has no id, stored, version or authority");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subStatementRules")
    void a_sub_statement_is_validated_like_a_statement(String rule, UnaryOperator<ObjectNode> edit, String path,
            String message) {
        for (XapiVersion version : XapiVersion.values()) {
            assertOnlyViolation(edits(withObject(SUB_STATEMENT), edit).apply(richStatement()), version, path, message);
        }
    }

    static Stream<Arguments> subStatementRules() {
        return Stream.of(
                rule("it cannot contain a SubStatement", edits(remove("object.context"),
                        set("object.object", SUB_STATEMENT)), "$.object.object",
                        "must not be a SubStatement: a SubStatement cannot contain another SubStatement"),
                rule("it needs a verb", remove("object.verb"), "$.object.verb",
                        "is required: a SubStatement needs a verb"),
                rule("it needs an actor", remove("object.actor"), "$.object.actor", "is required: a SubStatement"),
                rule("it needs an object", remove("object.object"), "$.object.object", "is required: a SubStatement"),
                rule("its properties are known ones", set("object.score", "1"), "$.object.score",
                        "is not a property of a SubStatement; allowed are objectType, actor, verb, object, result, "
                                + "context, timestamp, attachments"),
                rule("its actor follows the Agent rules", set("object.actor.mbox", "\"minh\""),
                        "$.object.actor.mbox", "must be a mailto: IRI"),
                rule("its context platform needs an Activity object", set("object.object", STATEMENT_REF),
                        "$.object.context.platform", "is only allowed when the object of the Statement is an "
                                + "Activity"),
                rule("its timestamp is checked", set("object.timestamp", "\"01/011/2015\""), "$.object.timestamp",
                        "must be an"),
                rule("its values are not null", set("object.result", "null"), "$.object.result", "must not be null"),
                rule("it may not void with an Activity", set("object.verb.id", "\"" + StatementValidator.VOIDED
                        + "\""), "$.object.object", "must be a StatementRef"),
                rule("its objectType is case-sensitive", set("object.objectType", "\"substatement\""),
                        "$.object.objectType", "must be one of Activity, Agent, Group, StatementRef, SubStatement"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true-false", "fill-in", "long-fill-in", "numeric", "other"})
    void interaction_types_without_components_accept_a_correct_responses_pattern(String type) {
        ObjectNode statement = edits(remove("object.definition.choices"),
                set("object.definition.interactionType", "\"" + type + "\""),
                set("object.definition.correctResponsesPattern", "[\"{case_matters=false}Chum reap suor\"]"))
                .apply(richStatement());

        assertValid(statement, XapiVersion.V2_0_0);
    }

    @ParameterizedTest
    @CsvSource({
            "choice,      choices",
            "sequencing,  choices",
            "likert,      scale",
            "matching,    source",
            "matching,    target",
            "performance, steps",
    })
    void each_interaction_type_accepts_its_own_components(String type, String components) {
        ObjectNode statement = edits(remove("object.definition.choices"),
                set("object.definition.interactionType", "\"" + type + "\""),
                set("object.definition." + components, "[{\"id\": \"1\", \"description\": {\"vi\": \"Một\"}}, "
                        + "{\"id\": \"2\"}]")).apply(richStatement());

        assertValid(statement, XapiVersion.V1_0_x);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void components_without_an_interaction_type_are_reported_once(XapiVersion version) {
        ObjectNode statement = edits(remove("object.definition.interactionType"),
                set("object.definition.scale", "[{\"id\": \"1\"}]")).apply(richStatement());

        assertThat(VALIDATOR.validate(statement, version)).containsExactly(new Violation(
                "$.object.definition.interactionType", "is required when correctResponsesPattern, choices, scale, "
                + "source, target or steps is used: one of true-false, choice, fill-in, long-fill-in, matching, "
                + "performance, sequencing, likert, numeric or other"));
    }
}
