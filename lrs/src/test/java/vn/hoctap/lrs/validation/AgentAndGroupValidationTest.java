package vn.hoctap.lrs.validation;

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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Agents and Groups as actor, instructor, team, member, authority and object (xAPI Data 2.4.2, 2.4.9). */
class AgentAndGroupValidationTest {

    private static final String SECOND_MEMBER = "{\"mbox\": \"mailto:minh@example.org\"}";

    @ParameterizedTest(name = "{0}")
    @MethodSource("agentRules")
    void each_broken_agent_or_group_rule_is_reported_at_its_path(String rule, UnaryOperator<ObjectNode> edit,
            String path, String message) {
        for (XapiVersion version : XapiVersion.values()) {
            assertOnlyViolation(edit.apply(richStatement()), version, path, message);
        }
    }

    static Stream<Arguments> agentRules() {
        return Stream.of(
                rule("mbox must be a mailto IRI", set("actor.mbox", "\"lan@example.org\""), "$.actor.mbox",
                        "must be a mailto: IRI such as mailto:lan@example.org"),
                rule("mbox must contain an address", set("actor.mbox", "\"mailto:should.fail.com\""), "$.actor.mbox",
                        "must be a mailto: IRI"),
                rule("mbox must not be another IRI", set("actor.mbox", "\"http://should.fail.com\""), "$.actor.mbox",
                        "must be a mailto: IRI"),
                rule("mbox must be a string", set("actor.mbox", "12345"), "$.actor.mbox",
                        "must be a string, not a number"),
                rule("an Agent needs an identifier", remove("actor.mbox"), "$.actor",
                        "an Agent must have exactly one identifier (mbox, mbox_sha1sum, openid or account); it has "
                                + "none"),
                rule("an Agent has only one identifier", set("actor.openid", "\"https://openid.example.org/lan\""),
                        "$.actor", "it has 2 (mbox, openid)"),
                rule("mbox_sha1sum is 40 hexadecimal digits", set("context.team.member[0].mbox_sha1sum",
                        "\"ebd31e95054c018b10727ccffd2ef2ec3a016ee\""), "$.context.team.member[0].mbox_sha1sum",
                        "must be the SHA-1 hash of a mailto: IRI as 40 hexadecimal digits"),
                rule("mbox_sha1sum is not a mailto IRI", set("context.team.member[0].mbox_sha1sum",
                        "\"mailto:chan@example.org\""), "$.context.team.member[0].mbox_sha1sum", "40 hexadecimal"),
                rule("openid must be an absolute URI", set("context.team.member[1].openid",
                        "\"ab=c://should.fail.com\""), "$.context.team.member[1].openid",
                        "must be an absolute URI such as https://openid.example.org/lan"),
                rule("an account needs a homePage", remove("context.instructor.account.homePage"),
                        "$.context.instructor.account.homePage", "is required: the IRL of the system"),
                rule("an account needs a name", remove("context.instructor.account.name"),
                        "$.context.instructor.account.name", "is required: the account's unique id"),
                rule("an account homePage is an IRL", set("context.instructor.account.homePage",
                        "\"ab=c://should.fail.com\""), "$.context.instructor.account.homePage",
                        "must be an absolute IRL (with a scheme) such as https://lms.example.org"),
                rule("an account name is a string", set("context.instructor.account.name", "{\"key\": \"value\"}"),
                        "$.context.instructor.account.name", "must be a string, not an object"),
                rule("an account has only homePage and name", set("context.instructor.account.email",
                        "\"sok@example.org\""), "$.context.instructor.account.email",
                        "is not a property of an account; allowed are homePage, name"),
                rule("an account is an object", set("context.instructor.account", "\"sok.dara\""),
                        "$.context.instructor.account", "must be an account object"),
                rule("objectType is case-sensitive", set("actor.objectType", "\"agent\""), "$.actor.objectType",
                        "must be \"Agent\" or \"Group\" (case-sensitive), not \"agent\""),
                rule("objectType is a string", set("actor.objectType", "123"), "$.actor.objectType",
                        "must be \"Agent\" or \"Group\" (case-sensitive), not a number"),
                rule("a name is a string", set("actor.name", "{\"vi\": \"Lan\"}"), "$.actor.name",
                        "must be a string, not an object"),
                rule("a name is not null", set("actor.name", "null"), "$.actor.name", "must not be null"),
                rule("an Agent has no members", set("actor.member", "[]"), "$.actor.member",
                        "is not a property of an Agent; allowed are objectType, name, mbox, mbox_sha1sum, openid, "
                                + "account"),
                rule("an actor is an object", set("actor", "\"Nguyễn Thị Lan\""), "$.actor",
                        "must be an Agent or Group object, not a string"),
                rule("an anonymous Group lists its members", remove("context.team.member"), "$.context.team.member",
                        "is required: an anonymous Group (one without mbox, mbox_sha1sum, openid or account) must "
                                + "list its Agents in member"),
                rule("an anonymous Group has at least one member", set("context.team.member", "[]"),
                        "$.context.team.member", "must list at least one Agent"),
                rule("member is an array", set("context.team.member", SECOND_MEMBER), "$.context.team.member",
                        "must be an array of Agent objects, not an object"),
                rule("a member is an Agent, not a Group", set("context.team.member[1]",
                        "{\"objectType\": \"Group\", \"mbox\": \"mailto:nhom@example.org\"}"),
                        "$.context.team.member[1].objectType",
                        "must be \"Agent\": a Group cannot be a member of a Group"),
                rule("a member is an object", set("context.team.member[1]", "\"minh\""), "$.context.team.member[1]",
                        "must be an Agent object, not a string"),
                rule("an identified Group has one identifier", set("actor",
                        "{\"objectType\": \"Group\", \"mbox\": \"mailto:nhom@example.org\", \"account\": "
                                + "{\"homePage\": \"https://hoctap.example.org\", \"name\": \"nhom\"}}"), "$.actor",
                        "an identified Group must have exactly one identifier (mbox, mbox_sha1sum, openid or "
                                + "account); it has 2 (mbox, account)"),
                rule("a Group has no unknown properties", set("context.team.members", "[]"),
                        "$.context.team.members", "is not a property of a Group"),
                rule("a team is a Group, so it says so", set("context.team", SECOND_MEMBER),
                        "$.context.team.objectType", "is required: a Group must say objectType \"Group\""),
                rule("a team is not an Agent", set("context.team",
                        "{\"objectType\": \"Agent\", \"mbox\": \"mailto:minh@example.org\"}"),
                        "$.context.team.objectType", "must be \"Group\": a team is a Group"),
                rule("an instructor is an Agent or Group object", set("context.instructor", "\"Sok Dara\""),
                        "$.context.instructor", "must be an Agent or Group object, not a string"),
                rule("an authority Group is anonymous", set("authority.mbox", "\"mailto:ung-dung@example.org\""),
                        "$.authority", "an authority that is a Group must be an anonymous Group of two Agents"),
                rule("an authority Group has exactly two members", set("authority.member",
                        "[" + SECOND_MEMBER + "]"), "$.authority.member",
                        "must list exactly two Agents (the OAuth application and the user) when the Group is an "
                                + "authority; it lists 1"),
                rule("an authority Group has no more than two members", set("authority.member",
                        "[" + SECOND_MEMBER + ", {\"mbox\": \"mailto:a@example.org\"}, "
                                + "{\"mbox\": \"mailto:b@example.org\"}]"),
                        "$.authority.member", "it lists 3"),
                rule("an authority's members are Agents", set("authority.member[1].mbox", "\"bob\""),
                        "$.authority.member[1].mbox", "must be a mailto: IRI"),
                rule("an Agent or Group as object must say which it is",
                        set("object", "{\"mbox\": \"mailto:minh@example.org\"}"), "$.object.objectType",
                        "is required when an Agent or Group is the object of a Statement: use \"Agent\" or \"Group\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"objectType\": \"Group\", \"mbox\": \"mailto:nhom@example.org\"}",
            "{\"objectType\": \"Group\", \"mbox_sha1sum\": \"ebd31e95054c018b10727ccffd2ef2ec3a016ee9\"}",
            "{\"objectType\": \"Group\", \"openid\": \"https://openid.example.org/nhom\"}",
            "{\"objectType\": \"Group\", \"account\": {\"homePage\": \"https://hoctap.example.org\", "
                    + "\"name\": \"nhom\"}}",
            "{\"objectType\": \"Group\", \"name\": \"Nhóm Angkor\", \"mbox\": \"mailto:nhom@example.org\", "
                    + "\"member\": [{\"mbox\": \"mailto:lan@example.org\"}]}",
            "{\"objectType\": \"Group\", \"mbox\": \"mailto:nhom@example.org\", \"member\": []}",
            "{\"objectType\": \"Group\", \"member\": [{\"name\": \"Lan\", \"mbox\": \"mailto:lan@example.org\"}]}",
            "{\"mbox_sha1sum\": \"EBD31E95054C018B10727CCFFD2EF2EC3A016EE9\"}",
            "{\"account\": {\"homePage\": \"https://hoctap.example.org\", \"name\": \"\"}}",
    })
    void identified_groups_with_or_without_members_anonymous_groups_and_agents_are_valid_actors(String actor) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set("actor", actor).apply(richStatement()), version);
            assertValid(set("context.instructor", actor).apply(richStatement()), version);
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void an_agent_or_group_is_a_valid_object_when_it_says_so(XapiVersion version) {
        UnaryOperator<ObjectNode> noActivityContext = edits(remove("context.revision"), remove("context.platform"));
        assertValid(edits(noActivityContext, set("object",
                "{\"objectType\": \"Agent\", \"name\": \"Trần Văn Minh\", \"mbox\": \"mailto:minh@example.org\"}"))
                .apply(richStatement()), version);
        assertValid(edits(noActivityContext, set("object",
                "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:minh@example.org\"}]}"))
                .apply(richStatement()), version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void an_agent_is_a_valid_authority(XapiVersion version) {
        assertValid(set("authority", "{\"account\": {\"homePage\": \"https://hoctap.example.org\", \"name\": \"lrs\"}}")
                .apply(richStatement()), version);
    }
}
