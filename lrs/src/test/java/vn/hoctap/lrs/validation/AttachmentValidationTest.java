package vn.hoctap.lrs.validation;

import static vn.hoctap.lrs.validation.Fixtures.assertOnlyViolation;
import static vn.hoctap.lrs.validation.Fixtures.assertValid;
import static vn.hoctap.lrs.validation.Fixtures.remove;
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

/** The attachments property (xAPI Data 2.4.11). */
class AttachmentValidationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("attachmentRules")
    void each_broken_attachment_rule_is_reported_at_its_path(String rule, UnaryOperator<ObjectNode> edit,
            String path, String message) {
        for (XapiVersion version : XapiVersion.values()) {
            assertOnlyViolation(edit.apply(richStatement()), version, path, message);
        }
    }

    static Stream<Arguments> attachmentRules() {
        return Stream.of(
                rule("attachments are an array", set("attachments", "{}"), "$.attachments",
                        "must be an array of Attachment objects, not an object"),
                rule("an attachment is an object (not a number)", set("attachments[0]", "12345"), "$.attachments[0]",
                        "must be an Attachment object, not a number"),
                rule("an attachment is an object (not a string)", set("attachments[1]", "\"should fail\""),
                        "$.attachments[1]", "must be an Attachment object, not a string"),
                rule("usageType is required", remove("attachments[0].usageType"), "$.attachments[0].usageType",
                        "is required"),
                rule("usageType is an IRI", set("attachments[0].usageType", "\"should fail\""),
                        "$.attachments[0].usageType", "must be an absolute IRI"),
                rule("display is required", remove("attachments[1].display"), "$.attachments[1].display",
                        "is required: a language map with the attachment's title"),
                rule("display is a language map", set("attachments[1].display", "\"Chứng chỉ\""),
                        "$.attachments[1].display", "must be a language map"),
                rule("display keys are language tags", set("attachments[1].display.something", "\"x\""),
                        "$.attachments[1].display.something", "is not an RFC 5646 language tag"),
                rule("description is a language map", set("attachments[0].description", "12345"),
                        "$.attachments[0].description", "must be a language map"),
                rule("description keys are language tags", set("attachments[0].description.something", "\"x\""),
                        "$.attachments[0].description.something", "is not an RFC 5646 language tag"),
                rule("contentType is required", remove("attachments[0].contentType"), "$.attachments[0].contentType",
                        "is required"),
                rule("contentType is a string", set("attachments[0].contentType", "999"),
                        "$.attachments[0].contentType", "must be a string, not a number"),
                rule("contentType is a media type", set("attachments[1].contentType", "\"pdf\""),
                        "$.attachments[1].contentType", "must be an Internet media type"),
                rule("length is required", remove("attachments[0].length"), "$.attachments[0].length",
                        "is required: the attachment's size in bytes"),
                rule("length is a number, not a string", set("attachments[0].length", "\"should fail\""),
                        "$.attachments[0].length", "must be an integer number of bytes such as 27, not a string"),
                rule("length is an integer", set("attachments[0].length", "27.0"), "$.attachments[0].length",
                        "not a number with a fraction or exponent"),
                rule("length is not negative", set("attachments[0].length", "-1"), "$.attachments[0].length",
                        "must not be negative"),
                rule("sha2 is required", remove("attachments[1].sha2"), "$.attachments[1].sha2", "is required"),
                rule("sha2 is a string", set("attachments[0].sha2", "12345"), "$.attachments[0].sha2",
                        "must be a string, not a number"),
                rule("sha2 is a hexadecimal digest", set("attachments[0].sha2", "\"672fa5fa658017f1\""),
                        "$.attachments[0].sha2", "must be a SHA-2 digest in hexadecimal"),
                rule("fileUrl is an IRL", set("attachments[1].fileUrl", "\"should fail\""),
                        "$.attachments[1].fileUrl", "must be an absolute IRL"),
                rule("an attachment has only known properties", set("attachments[0].name", "\"x\""),
                        "$.attachments[0].name", "is not a property of an Attachment"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain; charset=ascii", "application/pdf", "image/svg+xml", "application/vnd.ms-excel",
            "multipart/mixed; boundary=\"abc def\"", "Text/HTML"})
    void common_media_types_are_valid_content_types(String contentType) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set("attachments[0].contentType", "\"" + contentType.replace("\"", "\\\"") + "\"")
                    .apply(richStatement()), version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "5d5b09f6dcb2d53a5fffc60c4ac0d55fabdf556069d6631545f42aa6e3500f2e",
            "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f",
            "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b",
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                    + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
    })
    void sha224_to_sha512_digests_are_valid(String sha2) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set("attachments[0].sha2", "\"" + sha2 + "\"").apply(richStatement()), version);
        }
    }
}
