package vn.hoctap.lrs.validation;

import static vn.hoctap.lrs.validation.Fixtures.assertOnlyViolation;
import static vn.hoctap.lrs.validation.Fixtures.assertValid;
import static vn.hoctap.lrs.validation.Fixtures.richStatement;
import static vn.hoctap.lrs.validation.Fixtures.set;
import static vn.hoctap.lrs.validation.StatementValidatorTest.rule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The result property and its score (xAPI Data 2.4.5). */
class ResultValidationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("resultRules")
    void each_broken_result_rule_is_reported_at_its_path(String rule, UnaryOperator<ObjectNode> edit, String path,
            String message) {
        for (XapiVersion version : XapiVersion.values()) {
            assertOnlyViolation(edit.apply(richStatement()), version, path, message);
        }
    }

    static Stream<Arguments> resultRules() {
        return Stream.of(
                rule("a result is an object", set("result", "\"passed\""), "$.result",
                        "must be a Result object, not a string"),
                rule("a result has only known properties", set("result.grade", "\"A\""), "$.result.grade",
                        "is not a property of a Result; allowed are score, success, completion, response, duration, "
                                + "extensions"),
                rule("a score is an object", set("result.score", "12345"), "$.result.score",
                        "must be a Score object"),
                rule("a score has only scaled, raw, min and max", set("result.score.percent", "85"),
                        "$.result.score.percent", "is not a property of a Score"),
                rule("scaled is at most 1", set("result.score.scaled", "1.01"), "$.result.score.scaled",
                        "must be between -1 and 1 inclusive; it is 1.01"),
                rule("scaled is at least -1", set("result.score.scaled", "-1.00001"), "$.result.score.scaled",
                        "must be between -1 and 1 inclusive; it is -1.00001"),
                rule("scaled is a number, not a string", set("result.score.scaled", "\"0.85\""),
                        "$.result.score.scaled", "must be a number (not a string, even one containing a number)"),
                rule("raw is not above max", set("result.score.raw", "10.5"), "$.result.score.raw",
                        "must not be greater than max (10); it is 10.5"),
                rule("raw is not below min", set("result.score.raw", "-0.5"), "$.result.score.raw",
                        "must not be less than min (0); it is -0.5"),
                rule("min is less than max", set("result.score", "{\"min\": 0.6767676, \"max\": 0.6767355}"),
                        "$.result.score.min", "must be less than max (0.6767355); it is 0.6767676"),
                rule("min equal to max is not less than max", set("result.score", "{\"min\": 10, \"max\": 10}"),
                        "$.result.score.min", "must be less than max (10); it is 10"),
                rule("max is a number even when it looks like one", set("result.score.max", "\"100\""),
                        "$.result.score.max", "must be a number"),
                rule("max is not words", set("result.score.max", "\"one hundred\""), "$.result.score.max",
                        "not a string"),
                rule("success is a boolean, not the string true", set("result.success", "\"true\""),
                        "$.result.success", "must be true or false (a JSON boolean), not a string"),
                rule("completion is a boolean, not the string false", set("result.completion", "\"false\""),
                        "$.result.completion", "must be true or false"),
                rule("completion is not a number", set("result.completion", "1"), "$.result.completion",
                        "not a number"),
                rule("response is a string", set("result.response", "12345"), "$.result.response",
                        "must be a string, not a number"),
                rule("response is not an object", set("result.response", "{\"key\": \"invalid\"}"),
                        "$.result.response", "must be a string, not an object"),
                rule("duration is an ISO 8601 duration", set("result.duration", "\"PA1H0M0S\""),
                        "$.result.duration", "must be an ISO 8601 duration such as PT1H30M5.25S, P1DT12H or P2W"),
                rule("duration does not combine weeks and days", set("result.duration", "\"P4W1D\""),
                        "$.result.duration", "must be an ISO 8601 duration"),
                rule("duration is a string", set("result.duration", "12345"), "$.result.duration",
                        "must be a string, not a number"),
                rule("result extensions are an object", set("result.extensions", "\"should fail\""),
                        "$.result.extensions", "must be an extensions object"),
                rule("result extension keys are IRIs", set("result.extensions", "{\"so-lan-thu\": 2}"),
                        "$.result.extensions['so-lan-thu']", "is not an absolute IRI"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"scaled\": 1.0}", "{\"scaled\": -1.0000}", "{\"scaled\": 0.6767676}", "{\"scaled\": 0}",
            "{\"raw\": 0.6767676}", "{\"min\": 0.6767676}", "{\"max\": 100.6767676}",
            "{\"raw\": 100, \"min\": 0, \"max\": 100}", "{\"raw\": 0, \"min\": 0, \"max\": 100}",
            "{\"raw\": -5, \"min\": -10, \"max\": -1}", "{\"raw\": 1E+2, \"max\": 1.0E2}", "{}",
    })
    void scores_within_their_bounds_are_valid(String score) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set("result.score", score).apply(richStatement()), version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1H0M0.1S", "PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W"})
    void iso_8601_durations_are_valid(String duration) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set("result.duration", "\"" + duration + "\"").apply(richStatement()), version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "12345", "{\"key\": \"valid\"}", "\"valid\"", "null", "\"\"", "{}", "[]"})
    void extension_values_can_be_anything_including_null(String value) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set("result.extensions", "{\"https://example.com/ex\": " + value + "}").apply(richStatement()),
                    version);
        }
    }
}
