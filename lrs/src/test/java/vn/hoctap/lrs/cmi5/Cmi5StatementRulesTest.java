package vn.hoctap.lrs.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.error.ApiError.Violation;

class Cmi5StatementRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final UUID SESSION = UUID.fromString("5f1c0d8e-7a52-4d0f-9a43-1d2a4a1f0b01");
    private static final UUID REGISTRATION = UUID.fromString("0b7e61a4-0d1e-4a1b-8e36-52b0e3b3e9c2");
    private static final String ACTIVITY = "https://hoctap.vn/cmi5/au/6c5d";
    private static final String PUBLISHER = "https://example.org/course/au/1";

    private final Cmi5StatementRules rules = new Cmi5StatementRules();

    private static Cmi5Session session(String mode, Optional<BigDecimal> mastery) {
        return new Cmi5Session(UUID.randomUUID(), UUID.randomUUID(), SESSION, REGISTRATION, ACTIVITY, PUBLISHER,
                "account:https://hoctap.vn an.nguyen", mode, mastery, NOW, NOW.plusHours(8), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), false, false, false);
    }

    private static ObjectNode statement(String verb, boolean defined) {
        ObjectNode s = JSON.createObjectNode();
        s.putObject("actor").put("objectType", "Agent").putObject("account")
                .put("homePage", "https://hoctap.vn").put("name", "an.nguyen");
        s.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/" + verb);
        s.putObject("object").put("id", ACTIVITY);
        s.put("timestamp", "2026-12-01T08:00:01.000Z");
        ObjectNode context = s.putObject("context");
        context.put("registration", REGISTRATION.toString());
        context.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, SESSION.toString());
        ObjectNode activities = context.putObject("contextActivities");
        activities.putArray("grouping").addObject().put("id", PUBLISHER);
        if (defined) {
            activities.putArray("category").addObject().put("id", Cmi5Vocabulary.CATEGORY_CMI5);
        }
        return s;
    }

    private static ObjectNode withMoveOn(ObjectNode s) {
        ((ObjectNode) s.path("context").path("contextActivities")).withArray("category").addObject()
                .put("id", Cmi5Vocabulary.CATEGORY_MOVE_ON);
        return s;
    }

    private Cmi5Session accept(Cmi5Session session, JsonNode statement) {
        var verdict = rules.check("$", session, AuRecord.NOTHING, statement, NOW);
        assertThat(verdict.violations()).isEmpty();
        return verdict.after();
    }

    private static ObjectNode passed(double scaled) {
        ObjectNode s = withMoveOn(statement("passed", true));
        ObjectNode result = s.putObject("result");
        result.put("success", true).put("duration", "PT5M").putObject("score").put("scaled", scaled);
        ((ObjectNode) s.get("context").get("extensions")).put(Cmi5Vocabulary.MASTERY_SCORE, 0.8);
        return s;
    }

    @Test
    void a_normal_session_initialized_completed_passed_terminated_is_accepted_and_recorded() {
        Cmi5Session s = accept(session("Normal", Optional.of(new BigDecimal("0.8"))), statement("initialized", true));
        ObjectNode completed = withMoveOn(statement("completed", true));
        completed.putObject("result").put("completion", true).put("duration", "PT4M");
        s = accept(s, completed);
        s = accept(s, passed(0.9));
        ObjectNode terminated = statement("terminated", true);
        terminated.putObject("result").put("duration", "PT6M");
        s = accept(s, terminated);

        assertThat(s.completed()).isTrue();
        assertThat(s.passed()).isTrue();
        assertThat(s.terminatedAt()).contains(NOW);
    }

    @Test
    void anything_before_initialized_is_refused_even_an_allowed_statement() {
        var verdict = rules.check("$", session("Normal", Optional.empty()), AuRecord.NOTHING,
                statement("experienced", false), NOW);

        assertThat(verdict.violations()).extracting(Violation::path).containsExactly("$.verb.id");
        assertThat(verdict.after().initializedAt()).isEmpty();
    }

    @Test
    void a_passed_score_below_the_mastery_score_is_refused() {
        Cmi5Session s = accept(session("Normal", Optional.of(new BigDecimal("0.8"))), statement("initialized", true));

        var verdict = rules.check("$", s, AuRecord.NOTHING, passed(0.5), NOW);

        assertThat(verdict.violations()).extracting(Violation::path).containsExactly("$.result.score.scaled");
    }

    @Test
    void a_defined_verb_twice_in_a_session_and_passed_twice_in_a_registration_are_refused() {
        Cmi5Session s = accept(session("Normal", Optional.of(new BigDecimal("0.8"))), statement("initialized", true));

        assertThat(rules.check("$", s, AuRecord.NOTHING, statement("initialized", true), NOW).violations())
                .extracting(Violation::message).anyMatch(m -> m.contains("already sent in this session"));
        assertThat(rules.check("$", s, new AuRecord(false, true, false), passed(0.9), NOW).violations())
                .extracting(Violation::message).anyMatch(m -> m.contains("already passed in this registration"));
    }

    @Test
    void browse_mode_allows_no_completed_statement() {
        Cmi5Session s = accept(session("Browse", Optional.empty()), statement("initialized", true));
        ObjectNode completed = withMoveOn(statement("completed", true));
        completed.putObject("result").put("completion", true).put("duration", "PT4M");

        assertThat(rules.check("$", s, AuRecord.NOTHING, completed, NOW).violations())
                .extracting(Violation::message).anyMatch(m -> m.contains("Browse launch mode"));
    }

    @Test
    void result_rules_require_duration_completion_and_the_move_on_category() {
        Cmi5Session s = accept(session("Normal", Optional.empty()), statement("initialized", true));
        ObjectNode completed = statement("completed", true);
        completed.putObject("result").put("success", true);

        assertThat(rules.check("$", s, AuRecord.NOTHING, completed, NOW).violations())
                .extracting(Violation::path)
                .contains("$.result.success", "$.result.completion", "$.result.duration",
                        "$.context.contextActivities.category");
    }

    @Test
    void another_actor_registration_or_session_id_is_refused() {
        ObjectNode foreign = statement("initialized", true);
        ((ObjectNode) foreign.get("actor").get("account")).put("name", "someone.else");
        ((ObjectNode) foreign.get("context")).put("registration", UUID.randomUUID().toString());
        ((ObjectNode) foreign.get("context").get("extensions")).put(Cmi5Vocabulary.SESSION_ID, "other");

        assertThat(rules.check("$", session("Normal", Optional.empty()), AuRecord.NOTHING, foreign, NOW).violations())
                .extracting(Violation::path)
                .containsExactly("$.actor", "$.context.registration", "$.context.extensions");
    }

    @Test
    void an_au_never_issues_the_lms_verbs_with_or_without_the_cmi5_category() {
        Cmi5Session s = accept(session("Normal", Optional.empty()), statement("initialized", true));
        ObjectNode satisfied = statement("satisfied", false);
        ((ObjectNode) satisfied.get("verb")).put("id", Cmi5Vocabulary.SATISFIED);

        assertThat(rules.check("$", s, AuRecord.NOTHING, satisfied, NOW).violations())
                .extracting(Violation::message).containsExactly("only the LMS issues satisfied statements");
    }

    @Test
    void allowed_statements_between_initialized_and_terminated_need_no_category_but_the_session_id() {
        Cmi5Session s = accept(session("Normal", Optional.empty()), statement("initialized", true));
        ObjectNode video = statement("completed", false);
        ((ObjectNode) video.get("object")).put("id", "https://example.org/video/1");

        Cmi5Session after = accept(s, video);

        assertThat(after.completed()).as("an allowed completed is not the AU's").isFalse();
    }
}
