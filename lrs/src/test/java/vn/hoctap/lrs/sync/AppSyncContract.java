package vn.hoctap.lrs.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.lrs.document.DocumentRepository;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.error.ScopeException;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.progress.CourseProgress;
import vn.hoctap.lrs.progress.LessonProgress;
import vn.hoctap.lrs.progress.ProgressService;
import vn.hoctap.lrs.pseudonym.PseudonymKey;
import vn.hoctap.lrs.pseudonym.Pseudonyms;
import vn.hoctap.lrs.statement.StatementQuery;
import vn.hoctap.lrs.statement.StatementReferences;
import vn.hoctap.lrs.statement.StatementRepository;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.LrsStore;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.store.StoreRepository;
import vn.hoctap.lrs.validation.StatementValidator;
import vn.hoctap.lrs.validation.XapiVersion;
import vn.hoctap.testing.DatabaseEngine;

/** Offline sync and progress of app clients on a real database: per-statement outcomes, idempotence, pseudonyms. */
abstract class AppSyncContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COURSE = "https://hoctap.example/course/ky-nang-so";
    private static final String LESSON_1 = COURSE + "/au/1";
    private static final String LESSON_2 = COURSE + "/au/2";
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    private static final String HOME = "https://hoctap.example/app";

    private StatementService statements;
    private SyncService sync;
    private ProgressService progress;
    private Pseudonyms pseudonyms;
    private Credential app;
    private Credential appOfOtherStore;
    private Credential reader;
    private Credential xapiWriter;

    abstract DatabaseEngine engine();

    @BeforeEach
    void freshStores() {
        DataSource dataSource = engine().freshDataSource();
        LocalTransactor transactor = new LocalTransactor(dataSource);
        StoreAdministration admin = new StoreAdministration(transactor, new StoreRepository(), Clock.systemUTC());
        statements = new StatementService(transactor, new StatementRepository(), new StatementValidator(), JSON,
                Clock.systemUTC(), "https://hoctap.example/xapi");
        DocumentService documents = new DocumentService(transactor, new DocumentRepository(), JSON, Clock.systemUTC());
        pseudonyms = new Pseudonyms(PseudonymKey.random(), HOME);
        sync = new SyncService(statements, documents, new StatementValidator(), pseudonyms);
        progress = new ProgressService(statements, documents, pseudonyms);
        LrsStore a = admin.createStore("province");
        LrsStore b = admin.createStore("other");
        app = admin.issueCredential(a.id(), "citizen app", Set.of(Scope.APP)).credential();
        appOfOtherStore = admin.issueCredential(b.id(), "citizen app", Set.of(Scope.APP)).credential();
        reader = admin.issueCredential(a.id(), "reader", Set.of(Scope.STATEMENTS_READ)).credential();
        xapiWriter = admin.issueCredential(a.id(), "lms", Set.of(Scope.ALL)).credential();
    }

    private static JsonNode statement(UUID id, String verb, String lesson, String timestamp, String extra) {
        return StrictJson.parse("""
                {"id":"%s","actor":{"name":"Nguyễn Thị Lan","mbox":"mailto:lan@example.org"},
                 "verb":{"id":"%s","display":{"vi":"đã học"}},
                 "object":{"id":"%s","definition":{"name":{"vi":"Bài học","km":"មេរៀន"}}},
                 "context":{"contextActivities":{"grouping":[{"id":"%s"}]}},
                 "timestamp":"%s"%s}
                """.formatted(id, verb, lesson, COURSE, timestamp, extra));
    }

    private static JsonNode malformed(UUID id) {
        return StrictJson.parse("""
                {"id":"%s","verb":{"id":"not an iri"},"object":{"id":"%s"},"result":{"score":{"scaled":7}}}
                """.formatted(id, LESSON_1));
    }

    private SyncResult syncQueue(List<JsonNode> queue) {
        return sync.sync(app, "hv-0001", queue, List.of(), XapiVersion.V1_0_x);
    }

    private List<JsonNode> everyStoredStatement() {
        List<JsonNode> all = new ArrayList<>();
        statements.query(reader, new StatementQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false, Optional.empty(), Optional.empty(), true, 500, Optional.empty(),
                OptionalLong.empty())).statements().forEach(json -> all.add(StrictJson.parse(json)));
        return all;
    }

    @Test
    void a_malformed_statement_is_rejected_with_its_paths_and_the_rest_of_the_queue_is_stored() {
        UUID first = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        UUID last = UUID.randomUUID();

        SyncResult result = syncQueue(List.of(
                statement(first, COMPLETED, LESSON_1, "2026-11-30T08:00:00Z", ""),
                malformed(bad),
                StrictJson.parse("[1]"),
                statement(last, PASSED, LESSON_2, "2026-11-30T09:00:00Z", "")));

        assertThat(result.statements()).extracting(SyncOutcome::status).containsExactly(SyncStatus.STORED,
                SyncStatus.REJECTED, SyncStatus.REJECTED, SyncStatus.STORED);
        assertThat(result.statements().get(1).id()).contains(bad);
        assertThat(result.statements().get(1).violations()).extracting(Violation::path)
                .contains("$.statements[1].verb.id", "$.statements[1].result.score.scaled");
        assertThat(result.statements().get(2).violations()).extracting(Violation::path).containsExactly("$.statements[2]");
        assertThat(everyStoredStatement()).extracting(s -> s.get("id").asText())
                .containsExactly(first.toString(), last.toString());
    }

    @Test
    void repeating_a_sync_stores_nothing_twice_and_answers_already_stored() {
        List<JsonNode> queue = List.of(
                statement(UUID.randomUUID(), COMPLETED, LESSON_1, "2026-11-30T08:00:00+07:00",
                        ",\"result\":{\"score\":{\"scaled\":0.90,\"raw\":1.5E1,\"max\":20}}"),
                malformed(UUID.randomUUID()),
                statement(UUID.randomUUID(), PASSED, LESSON_2, "2026-11-30T09:00:00Z", ""));
        syncQueue(queue);

        SyncResult again = syncQueue(queue);

        assertThat(again.statements()).extracting(SyncOutcome::status).containsExactly(SyncStatus.ALREADY_STORED,
                SyncStatus.REJECTED, SyncStatus.ALREADY_STORED);
        assertThat(everyStoredStatement()).hasSize(2);
    }

    @Test
    void a_statement_without_timestamp_is_recognised_on_repeat_although_the_lrs_gave_it_one() {
        JsonNode noTimestamp = StrictJson.parse("""
                {"id":"%s","verb":{"id":"%s"},"object":{"id":"%s"}}""".formatted(UUID.randomUUID(), COMPLETED, LESSON_1));
        syncQueue(List.of(noTimestamp));

        assertThat(syncQueue(List.of(noTimestamp)).statements()).extracting(SyncOutcome::status)
                .containsExactly(SyncStatus.ALREADY_STORED);
    }

    @Test
    void the_same_id_with_other_content_is_rejected_as_a_change_of_an_immutable_statement() {
        UUID id = UUID.randomUUID();
        syncQueue(List.of(statement(id, COMPLETED, LESSON_1, "2026-11-30T08:00:00Z", "")));

        SyncResult changed = syncQueue(List.of(statement(id, PASSED, LESSON_1, "2026-11-30T08:00:00Z", "")));

        SyncOutcome outcome = changed.statements().get(0);
        assertThat(outcome.status()).isEqualTo(SyncStatus.REJECTED);
        assertThat(outcome.message()).hasValueSatisfying(m -> assertThat(m).contains("immutable"));
        assertThat(outcome.violations()).extracting(Violation::path).containsExactly("$.statements[0].id");
    }

    @Test
    void a_statement_queued_twice_in_one_request_is_stored_once() {
        JsonNode twice = statement(UUID.randomUUID(), COMPLETED, LESSON_1, "2026-11-30T08:00:00Z", "");
        UUID id = UUID.fromString(twice.get("id").asText());
        JsonNode sameIdOtherContent = statement(id, PASSED, LESSON_1, "2026-11-30T08:00:00Z", "");

        SyncResult result = syncQueue(List.of(twice, twice, sameIdOtherContent));

        assertThat(result.statements()).extracting(SyncOutcome::status)
                .containsExactly(SyncStatus.STORED, SyncStatus.ALREADY_STORED, SyncStatus.REJECTED);
        assertThat(everyStoredStatement()).hasSize(1);
    }

    @Test
    void a_statement_without_a_client_generated_id_is_rejected() {
        JsonNode noId = StrictJson.parse("""
                {"verb":{"id":"%s"},"object":{"id":"%s"}}""".formatted(COMPLETED, LESSON_1));

        SyncOutcome outcome = syncQueue(List.of(noId)).statements().get(0);

        assertThat(outcome.status()).isEqualTo(SyncStatus.REJECTED);
        assertThat(outcome.violations()).extracting(Violation::path).containsExactly("$.statements[0].id");
    }

    @Test
    void a_rule_only_storage_checks_rejects_its_statement_alone() {
        UUID target = UUID.randomUUID();
        UUID voiding = UUID.randomUUID();
        syncQueue(List.of(statement(target, COMPLETED, LESSON_1, "2026-11-30T08:00:00Z", "")));
        syncQueue(List.of(StrictJson.parse("""
                {"id":"%s","verb":{"id":"%s"},"object":{"objectType":"StatementRef","id":"%s"}}"""
                .formatted(voiding, VOIDED, target))));
        UUID good = UUID.randomUUID();

        SyncResult result = syncQueue(List.of(
                StrictJson.parse("""
                        {"id":"%s","verb":{"id":"%s"},"object":{"objectType":"StatementRef","id":"%s"}}"""
                        .formatted(UUID.randomUUID(), VOIDED, voiding)),
                statement(good, PASSED, LESSON_2, "2026-11-30T09:00:00Z", "")));

        assertThat(result.statements()).extracting(SyncOutcome::status)
                .containsExactly(SyncStatus.REJECTED, SyncStatus.STORED);
        assertThat(result.statements().get(0).violations()).extracting(Violation::path)
                .containsExactly("$.statements[0].object.id");
    }

    @Test
    void no_statement_stored_through_sync_names_anyone_but_the_pseudonymous_learner() {
        syncQueue(List.of(
                statement(UUID.randomUUID(), COMPLETED, LESSON_1, "2026-11-30T08:00:00Z", ""),
                StrictJson.parse("""
                        {"id":"%s","actor":{"objectType":"Group","name":"Lớp 7A","member":[{"mbox":"mailto:a@example.org"}]},
                         "verb":{"id":"%s"},"object":{"id":"%s"},
                         "authority":{"mbox":"mailto:teacher@example.org"}}""".formatted(UUID.randomUUID(), PASSED, LESSON_2)),
                StrictJson.parse("""
                        {"id":"%s","verb":{"id":"%s"},"object":{"id":"%s"},
                         "context":{"instructor":{"mbox":"mailto:teacher@example.org"}}}""".formatted(UUID.randomUUID(), PASSED, LESSON_2))));

        List<JsonNode> stored = everyStoredStatement();

        assertThat(stored).hasSize(2);
        JsonNode learner = pseudonyms.agent("hv-0001");
        for (JsonNode statement : stored) {
            assertThat(statement.get("actor")).isEqualTo(learner);
            assertThat(StatementReferences.of(statement).agents()).allSatisfy(agent -> assertThat(agent.ifi())
                    .isIn(pseudonyms.agentIfi("hv-0001"), "account:https://hoctap.example/xapi " + app.key()));
            assertThat(statement.toString()).doesNotContain("mailto", "Nguyễn", "Lớp 7A", "hv-0001");
        }
    }

    @Test
    void only_app_clients_sync_and_read_progress_and_learner_ids_that_are_personal_data_are_refused() {
        assertThatThrownBy(() -> sync.sync(xapiWriter, "hv-0001", List.of(), List.of(), XapiVersion.V1_0_x))
                .isInstanceOf(ScopeException.class);
        assertThatThrownBy(() -> progress.progress(reader, "hv-0001", COURSE)).isInstanceOf(ScopeException.class);
        assertThatThrownBy(() -> sync.sync(app, "0912345678", List.of(), List.of(), XapiVersion.V1_0_x))
                .isInstanceOf(InvalidXapiRequestException.class).hasMessageContaining("phone number");
        assertThatThrownBy(() -> progress.progress(app, "hv-0001", "not an iri"))
                .isInstanceOf(InvalidXapiRequestException.class).hasMessageContaining("course");
    }

    @Test
    void progress_sums_up_the_lessons_and_resumes_the_last_one_with_the_state_the_player_wrote() {
        String registration = UUID.randomUUID().toString();
        String withRegistration = ",\"context\":{\"registration\":\"" + registration + "\",\"contextActivities\":{\"grouping\":[{\"id\":\"" + COURSE + "\"}]}}";
        JsonNode progressed = StrictJson.parse("""
                {"id":"%s","verb":{"id":"http://adlnet.gov/expapi/verbs/progressed"},"object":{"id":"%s"},
                 "result":{"extensions":{"https://w3id.org/xapi/cmi5/result/extensions/progress":60}},
                 "timestamp":"2026-11-30T10:00:00Z"%s}""".formatted(UUID.randomUUID(), LESSON_2, withRegistration));
        SyncResult result = sync.sync(app, "hv-0001", List.of(
                        statement(UUID.randomUUID(), PASSED, LESSON_1, "2026-11-30T08:00:00Z",
                                ",\"result\":{\"success\":true,\"completion\":true,\"score\":{\"scaled\":0.8}}"),
                        progressed),
                List.of(new StateWrite(LESSON_2, Optional.of(registration), "resume",
                        StrictJson.parse("{\"slide\":7,\"time\":312.5}"))),
                XapiVersion.V1_0_x);
        assertThat(result.states()).extracting(SyncOutcome::status).containsExactly(SyncStatus.STORED);

        CourseProgress found = progress.progress(app, "hv-0001", COURSE);

        assertThat(found.lessons()).extracting(LessonProgress::lessonId).containsExactly(LESSON_2, LESSON_1);
        assertThat(found.completedLessons()).isEqualTo(1);
        LessonProgress first = found.lessons().get(1);
        assertThat(first.passed()).contains(true);
        assertThat(first.score().orElseThrow().get("scaled").asDouble()).isEqualTo(0.8);
        CourseProgress.Resume resume = found.resume().orElseThrow();
        assertThat(resume.lessonId()).isEqualTo(LESSON_2);
        assertThat(resume.progress()).contains(60);
        assertThat(resume.state().orElseThrow().get("slide").asInt()).isEqualTo(7);
    }

    @Test
    void progress_is_the_learners_own_in_the_app_clients_store_and_leaves_out_voided_statements() {
        UUID voidedId = UUID.randomUUID();
        syncQueue(List.of(statement(voidedId, COMPLETED, LESSON_1, "2026-11-30T08:00:00Z", ""),
                statement(UUID.randomUUID(), COMPLETED, LESSON_2, "2026-11-30T08:00:00Z", "")));
        sync.sync(app, "hv-0002", List.of(statement(UUID.randomUUID(), COMPLETED, LESSON_1, "2026-11-30T08:00:00Z", "")),
                List.of(), XapiVersion.V1_0_x);
        syncQueue(List.of(StrictJson.parse("""
                {"id":"%s","verb":{"id":"%s"},"object":{"objectType":"StatementRef","id":"%s"}}"""
                .formatted(UUID.randomUUID(), VOIDED, voidedId))));

        assertThat(progress.progress(app, "hv-0001", COURSE).lessons()).extracting(LessonProgress::lessonId)
                .containsExactly(LESSON_2);
        assertThat(progress.progress(app, "hv-0003", COURSE).lessons()).isEmpty();
        assertThat(progress.progress(appOfOtherStore, "hv-0001", COURSE).lessons()).isEmpty();
    }

    @Test
    void a_request_with_more_items_than_allowed_is_refused_whole_and_stores_nothing() {
        List<JsonNode> queue = new ArrayList<>();
        for (int i = 0; i <= SyncService.MAX_ITEMS; i++) {
            queue.add(statement(UUID.randomUUID(), COMPLETED, LESSON_1, "2026-11-30T08:00:00Z", ""));
        }

        assertThatThrownBy(() -> syncQueue(queue)).isInstanceOf(InvalidXapiRequestException.class)
                .hasMessageContaining("at most 500");
        assertThat(everyStoredStatement()).isEmpty();
    }

    @Test
    void a_state_with_a_bad_activity_or_registration_is_rejected_and_the_others_are_stored() {
        SyncResult result = sync.sync(app, "hv-0001", List.of(), List.of(
                new StateWrite("not an iri", Optional.of("nope"), "resume", StrictJson.parse("{}")),
                new StateWrite(LESSON_1, Optional.empty(), "resume", StrictJson.parse("{\"slide\":2}"))),
                XapiVersion.V1_0_x);

        assertThat(result.states()).extracting(SyncOutcome::status).containsExactly(SyncStatus.REJECTED, SyncStatus.STORED);
        assertThat(result.states().get(0).violations()).extracting(Violation::path)
                .containsExactly("$.states[0].activityId", "$.states[0].registration");
    }
}
