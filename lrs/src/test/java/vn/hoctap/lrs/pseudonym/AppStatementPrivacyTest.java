package vn.hoctap.lrs.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.json.StrictJson;

class AppStatementPrivacyTest {

    private final Pseudonyms pseudonyms = new Pseudonyms(PseudonymKey.random(), "https://hoctap.example/app");
    private final ObjectNode learner = pseudonyms.agent("hv-7");
    private final AppStatementPrivacy privacy = new AppStatementPrivacy();

    private static ObjectNode statement(String actorAndMore) {
        return StrictJson.parseObject("""
                {%s "verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
                 "object":{"id":"https://hoctap.example/course/1/lesson/2"}}
                """.formatted(actorAndMore));
    }

    @Test
    void the_actor_is_replaced_by_the_pseudonymous_agent_whatever_the_app_sent() {
        for (String actor : new String[] {
                "",
                "\"actor\":{\"name\":\"Nguyễn Thị Lan\",\"mbox\":\"mailto:lan@example.org\"},",
                "\"actor\":{\"mbox_sha1sum\":\"ebd31e95054c018b10727ccffd2ef2ec3a016ee9\"},",
                "\"actor\":{\"openid\":\"https://id.example/lan\"},",
                "\"actor\":{\"account\":{\"homePage\":\"https://gov.example\",\"name\":\"079203001234\"}},",
                "\"actor\":{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@example.org\"}]},"}) {
            ObjectNode statement = statement(actor);

            assertThat(privacy.apply(statement, learner, "$.statements[0]")).isEmpty();

            assertThat(statement.get("actor")).isEqualTo(learner);
            assertThat(statement.toString()).doesNotContain("mailto", "Lan", "openid", "079203001234", "ebd31e", "gov.example");
        }
    }

    @Test
    void an_authority_sent_by_the_app_is_dropped() {
        ObjectNode statement = statement("\"authority\":{\"mbox\":\"mailto:teacher@example.org\"},");

        assertThat(privacy.apply(statement, learner, "$")).isEmpty();
        assertThat(statement.has("authority")).isFalse();
    }

    @Test
    void another_person_anywhere_else_rejects_the_statement_with_each_path() {
        ObjectNode statement = StrictJson.parseObject("""
                {"verb":{"id":"http://adlnet.gov/expapi/verbs/asked"},
                 "object":{"objectType":"SubStatement","actor":{"mbox":"mailto:friend@example.org"},
                           "verb":{"id":"http://adlnet.gov/expapi/verbs/answered"},
                           "object":{"id":"https://hoctap.example/q/1"}},
                 "context":{"instructor":{"name":"Thầy Minh","account":{"homePage":"https://hoctap.example/app","name":"t1"}},
                            "contextAgents":[{"objectType":"contextAgent","agent":{"openid":"https://id.example/x"}}],
                            "extensions":{"https://hoctap.example/ext/device":{"mbox":"not inspected"}}}}
                """);

        var violations = privacy.apply(statement, learner, "$.statements[3]");

        assertThat(violations).extracting(Violation::path).containsExactly(
                "$.statements[3].object.actor", "$.statements[3].context.instructor",
                "$.statements[3].context.contextAgents[0]");
        assertThat(violations.get(0).message()).contains("may name only the learner");
    }

    @Test
    void an_agent_as_object_is_rejected() {
        ObjectNode statement = StrictJson.parseObject("""
                {"verb":{"id":"http://adlnet.gov/expapi/verbs/mentored"},
                 "object":{"objectType":"Agent","account":{"homePage":"https://hoctap.example/app","name":"other"}}}
                """);

        assertThat(privacy.apply(statement, learner, "$")).extracting(Violation::path).containsExactly("$.object");
    }
}
