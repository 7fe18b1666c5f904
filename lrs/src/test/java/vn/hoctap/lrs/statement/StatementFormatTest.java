package vn.hoctap.lrs.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.lrs.json.StrictJson;

class StatementFormatTest {

    private static final JsonNode STATEMENT = StrictJson.parse("""
            {"actor":{"objectType":"Agent","name":"Lan","mbox":"mailto:lan@example.org"},
             "verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed","en-GB":"completed","vi":"đã hoàn thành"}},
             "object":{"objectType":"SubStatement",
               "actor":{"objectType":"Group","name":"G","mbox":"mailto:g@example.org","member":[{"mbox":"mailto:a@example.org"}]},
               "verb":{"id":"http://adlnet.gov/expapi/verbs/attempted","display":{"en-US":"attempted"}},
               "object":{"objectType":"Activity","id":"https://hoctap.example/a",
                         "definition":{"name":{"en-US":"Lesson","vi":"Bài học"}}}},
             "context":{"instructor":{"name":"Thầy","account":{"homePage":"https://hoctap.vn","name":"t1"}},
                        "contextActivities":{"parent":[{"id":"https://hoctap.example/c","definition":{"name":{"vi":"Khoá"}}}]}}}
            """);

    @Test
    void ids_keeps_identifiers_only() {
        JsonNode ids = StatementFormat.IDS.apply(STATEMENT, null);

        assertThat(ids.get("actor").toString()).isEqualTo("{\"objectType\":\"Agent\",\"mbox\":\"mailto:lan@example.org\"}");
        assertThat(ids.get("verb").toString()).isEqualTo("{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"}");
        assertThat(ids.at("/object/actor").size()).isEqualTo(2);
        assertThat(ids.at("/object/object").toString()).isEqualTo("{\"id\":\"https://hoctap.example/a\"}");
        assertThat(ids.at("/context/instructor").has("name")).isFalse();
        assertThat(ids.at("/context/contextActivities/parent/0").size()).isEqualTo(1);
        assertThat(STATEMENT.get("actor").has("name")).as("the original is untouched").isTrue();
    }

    @Test
    void canonical_keeps_the_best_language_for_accept_language() {
        JsonNode canonical = StatementFormat.CANONICAL.apply(STATEMENT, "en-GB, vi;q=0.5");

        assertThat(canonical.at("/verb/display").toString()).isEqualTo("{\"en-GB\":\"completed\"}");
        assertThat(canonical.at("/object/object/definition/name").toString()).isEqualTo("{\"vi\":\"Bài học\"}");
        assertThat(StatementFormat.CANONICAL.apply(STATEMENT, "fr").at("/verb/display").size()).isEqualTo(1);
        assertThat(StatementFormat.CANONICAL.apply(STATEMENT, "vi").at("/verb/display").toString())
                .isEqualTo("{\"vi\":\"đã hoàn thành\"}");
        assertThat(canonical.at("/actor/name").asText()).isEqualTo("Lan");
    }

    @Test
    void formats_are_named_by_the_parameter() {
        assertThat(StatementFormat.parse("ids")).contains(StatementFormat.IDS);
        assertThat(StatementFormat.parse("IDS")).isEmpty();
    }
}
