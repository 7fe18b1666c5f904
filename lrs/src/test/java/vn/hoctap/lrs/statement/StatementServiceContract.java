package vn.hoctap.lrs.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.lrs.error.ConflictException;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.error.NotFoundException;
import vn.hoctap.lrs.error.ScopeException;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.LrsStore;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.store.StoreRepository;
import vn.hoctap.lrs.validation.StatementValidator;
import vn.hoctap.lrs.validation.XapiVersion;
import vn.hoctap.testing.DatabaseEngine;

/** Storing, reading, voiding and querying statements on a real database, per store and per scope. */
abstract class StatementServiceContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LESSON = "https://hoctap.example/course/ky-nang-so/lesson/1";
    private static final String COURSE = "https://hoctap.example/course/ky-nang-so";
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";

    private StatementService statements;
    private StoreAdministration admin;
    private Credential writerA;
    private Credential readerA;
    private Credential otherWriterA;
    private Credential mineA;
    private Credential writerB;

    abstract DatabaseEngine engine();

    @BeforeEach
    void freshStores() {
        DataSource dataSource = engine().freshDataSource();
        LocalTransactor transactor = new LocalTransactor(dataSource);
        admin = new StoreAdministration(transactor, new StoreRepository(), Clock.systemUTC());
        statements = new StatementService(transactor, new StatementRepository(), new StatementValidator(), JSON,
                Clock.systemUTC(), "https://hoctap.example/xapi");
        LrsStore a = admin.createStore("a");
        LrsStore b = admin.createStore("b");
        writerA = admin.issueCredential(a.id(), "writer", Set.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ)).credential();
        readerA = admin.issueCredential(a.id(), "reader", Set.of(Scope.STATEMENTS_READ)).credential();
        otherWriterA = admin.issueCredential(a.id(), "other", Set.of(Scope.STATEMENTS_WRITE)).credential();
        mineA = admin.issueCredential(a.id(), "mine", Set.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE)).credential();
        writerB = admin.issueCredential(b.id(), "writer", Set.of(Scope.ALL)).credential();
    }

    private static JsonNode statement(String mbox, String verb, String activity) {
        return tree("""
                {"actor":{"objectType":"Agent","name":"Lan","mbox":"mailto:%s"},
                 "verb":{"id":"%s","display":{"vi":"đã hoàn thành"}},
                 "object":{"id":"%s","definition":{"name":{"vi":"Bài 1","km":"មេរៀនទី១"}}},
                 "context":{"contextActivities":{"parent":[{"id":"%s"}]}}}
                """.formatted(mbox, verb, activity, COURSE));
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private UUID storeOne(Credential credential, JsonNode statement) {
        return statements.store(credential, List.of(statement), XapiVersion.V1_0_x).get(0);
    }

    private static StatementQuery query() {
        return new StatementQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false,
                Optional.empty(), Optional.empty(), false, 100, Optional.empty(), OptionalLong.empty());
    }

    @Test
    void a_stored_statement_gets_its_id_stored_time_authority_and_version_from_the_lrs() {
        UUID id = storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));

        JsonNode stored = tree(statements.byId(readerA, id, false));

        assertThat(stored.get("id").asText()).isEqualTo(id.toString());
        assertThat(stored.get("stored").asText()).endsWith("Z");
        assertThat(stored.get("timestamp").asText()).isEqualTo(stored.get("stored").asText());
        assertThat(stored.path("authority").path("account").path("name").asText()).isEqualTo(writerA.key());
        assertThat(stored.get("version").asText()).isEqualTo("1.0.0");
        assertThat(stored.path("object").path("definition").path("name").path("km").asText()).isEqualTo("មេរៀនទី១");
    }

    @Test
    void a_repeat_with_decimal_numbers_is_the_same_statement() {
        UUID id = UUID.randomUUID();
        JsonNode scored = vn.hoctap.lrs.json.StrictJson.parse("""
                {"actor":{"mbox":"mailto:lan@example.org"},"verb":{"id":"%s"},"object":{"id":"%s"},
                 "result":{"score":{"scaled":0.9,"raw":1.75E1,"min":0,"max":20.0},"duration":"PT1M30.5S"}}
                """.formatted(COMPLETED, LESSON));
        statements.put(writerA, id, scored, XapiVersion.V1_0_x);

        statements.put(writerA, id, scored, XapiVersion.V1_0_x);

        ObjectNode changed = scored.deepCopy();
        ((ObjectNode) changed.path("result").path("score")).put("scaled", 0.91);
        assertThatThrownBy(() -> statements.put(writerA, id, changed, XapiVersion.V1_0_x))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void an_identical_repeat_is_accepted_and_a_different_statement_with_the_same_id_is_a_conflict() {
        UUID id = UUID.randomUUID();
        JsonNode first = statement("lan@example.org", COMPLETED, LESSON);
        statements.put(writerA, id, first, XapiVersion.V1_0_x);

        statements.put(writerA, id, first, XapiVersion.V1_0_x);

        assertThat(statements.query(readerA, query()).statements()).hasSize(1);
        assertThatThrownBy(() -> statements.put(writerA, id, statement("lan@example.org", ATTEMPTED, LESSON), XapiVersion.V1_0_x))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_batch_is_atomic_one_conflicting_statement_stores_nothing() {
        UUID taken = storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        var fresh = (com.fasterxml.jackson.databind.node.ObjectNode) statement("minh@example.org", COMPLETED, LESSON);
        var conflicting = (com.fasterxml.jackson.databind.node.ObjectNode) statement("minh@example.org", ATTEMPTED, LESSON);
        conflicting.put("id", taken.toString());

        assertThatThrownBy(() -> statements.store(writerA, List.of(fresh, conflicting), XapiVersion.V1_0_x))
                .isInstanceOf(ConflictException.class);

        assertThat(statements.query(readerA, query()).statements()).hasSize(1);
    }

    @Test
    void the_same_id_twice_in_one_batch_is_rejected() {
        var one = (com.fasterxml.jackson.databind.node.ObjectNode) statement("lan@example.org", COMPLETED, LESSON);
        one.put("id", "f1e2d3c4-b5a6-4978-8899-aabbccddeeff");

        assertThatThrownBy(() -> statements.store(writerA, List.of(one, one.deepCopy()), XapiVersion.V1_0_x))
                .isInstanceOfSatisfying(InvalidXapiRequestException.class,
                        e -> assertThat(e.toApiError().path()).isEqualTo("$[1].id"));
    }

    @Test
    void an_invalid_statement_in_a_batch_is_reported_with_its_index_and_nothing_is_stored() {
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) statement("lan@example.org", COMPLETED, LESSON);
        broken.with("actor").put("mbox", "lan@example.org");

        assertThatThrownBy(() -> statements.store(writerA,
                List.of(statement("minh@example.org", COMPLETED, LESSON), broken), XapiVersion.V1_0_x))
                .isInstanceOfSatisfying(InvalidXapiRequestException.class,
                        e -> assertThat(e.toApiError().violations()).extracting(v -> v.path())
                                .contains("$[1].actor.mbox"));
        assertThat(statements.query(readerA, query()).statements()).isEmpty();
    }

    @Test
    void a_store_never_sees_another_stores_statements() {
        UUID inA = storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        storeOne(writerB, statement("sokha@example.org", COMPLETED, LESSON));

        assertThatThrownBy(() -> statements.byId(writerB, inA, false)).isInstanceOf(NotFoundException.class);
        assertThat(statements.query(writerB, query()).statements()).hasSize(1)
                .allSatisfy(json -> assertThat(json).contains("sokha@example.org"));
        assertThat(statements.query(readerA, query()).statements()).hasSize(1)
                .allSatisfy(json -> assertThat(json).contains("lan@example.org"));
    }

    @Test
    void statements_read_mine_sees_only_the_statements_its_credential_stored() {
        UUID own = storeOne(mineA, statement("own@example.org", COMPLETED, LESSON));
        UUID others = storeOne(otherWriterA, statement("other@example.org", COMPLETED, LESSON));

        assertThat(statements.query(mineA, query()).statements()).singleElement()
                .satisfies(json -> assertThat(json).contains(own.toString()));
        assertThatThrownBy(() -> statements.byId(mineA, others, false)).isInstanceOf(NotFoundException.class);
        assertThat(statements.query(readerA, query()).statements()).hasSize(2);
    }

    @Test
    void scopes_are_enforced_in_both_directions() {
        UUID id = storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));

        assertThatThrownBy(() -> storeOne(readerA, statement("x@example.org", COMPLETED, LESSON)))
                .isInstanceOf(ScopeException.class);
        assertThatThrownBy(() -> statements.byId(otherWriterA, id, false)).isInstanceOf(ScopeException.class);
        assertThatThrownBy(() -> statements.query(otherWriterA, query())).isInstanceOf(ScopeException.class);
    }

    @Test
    void a_voided_statement_leaves_queries_and_is_found_only_as_voided() {
        UUID target = storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        UUID voiding = storeOne(writerA, tree("""
                {"actor":{"mbox":"mailto:admin@example.org"},"verb":{"id":"%s","display":{"en":"voided"}},
                 "object":{"objectType":"StatementRef","id":"%s"}}
                """.formatted(StatementService.VOIDED, target)));

        assertThatThrownBy(() -> statements.byId(readerA, target, false)).isInstanceOf(NotFoundException.class);
        assertThat(tree(statements.byId(readerA, target, true)).get("id").asText()).isEqualTo(target.toString());
        assertThat(statements.query(readerA, query()).statements()).singleElement()
                .satisfies(json -> assertThat(json).contains(voiding.toString()));
        assertThatThrownBy(() -> storeOne(writerA, tree("""
                {"actor":{"mbox":"mailto:admin@example.org"},"verb":{"id":"%s"},
                 "object":{"objectType":"StatementRef","id":"%s"}}
                """.formatted(StatementService.VOIDED, voiding)))).isInstanceOf(InvalidXapiRequestException.class);
    }

    @Test
    void filters_match_the_actor_or_object_and_related_filters_match_anywhere() {
        storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        storeOne(writerA, statement("minh@example.org", ATTEMPTED, LESSON + "/quiz"));
        StatementQuery base = query();

        assertThat(statements.query(readerA, with(base, Optional.of("mbox:mailto:lan@example.org"), Optional.empty(),
                Optional.empty(), false)).statements()).hasSize(1);
        assertThat(statements.query(readerA, with(base, Optional.empty(), Optional.of(ATTEMPTED), Optional.empty(),
                false)).statements()).singleElement().satisfies(json -> assertThat(json).contains("minh@example.org"));
        assertThat(statements.query(readerA, with(base, Optional.empty(), Optional.empty(), Optional.of(COURSE),
                false)).statements()).isEmpty();
        assertThat(statements.query(readerA, with(base, Optional.empty(), Optional.empty(), Optional.of(COURSE),
                true)).statements()).hasSize(2);
        assertThat(statements.query(readerA, with(base, Optional.of("account:https://hoctap.example/xapi "
                + writerA.key()), Optional.empty(), Optional.empty(), false)).statements()).isEmpty();
        StatementQuery relatedAuthority = new StatementQuery(Optional.of("account:https://hoctap.example/xapi "
                + writerA.key()), Optional.empty(), Optional.empty(), Optional.empty(), false, true, Optional.empty(),
                Optional.empty(), false, 100, Optional.empty(), OptionalLong.empty());
        assertThat(statements.query(readerA, relatedAuthority).statements()).hasSize(2);
    }

    @Test
    void pages_follow_the_cursor_newest_first_or_oldest_first_without_gaps() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(storeOne(writerA, statement("learner" + i + "@example.org", COMPLETED, LESSON)));
        }
        List<String> seen = new ArrayList<>();
        OptionalLong cursor = OptionalLong.empty();
        do {
            StatementQuery page = new StatementQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), false, false, Optional.empty(), Optional.empty(), true, 2, Optional.empty(), cursor);
            StatementPage result = statements.query(readerA, page);
            result.statements().forEach(json -> seen.add(tree(json).get("id").asText()));
            cursor = result.nextCursor();
        } while (cursor.isPresent());

        assertThat(seen).containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
        assertThat(statements.query(readerA, query()).statements().get(0)).contains(ids.get(4).toString());
    }

    @Test
    void a_statement_naming_an_agent_or_activity_several_times_is_returned_once_and_pages_continue_after_it() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // the learner is actor and instructor; the lesson is object, parent and grouping
            ids.add(storeOne(writerA, tree("""
                    {"actor":{"mbox":"mailto:lan@example.org"},"verb":{"id":"%s"},"object":{"id":"%s"},
                     "context":{"instructor":{"mbox":"mailto:lan@example.org"},
                                "contextActivities":{"parent":[{"id":"%s"}],"grouping":[{"id":"%s"}]}}}
                    """.formatted(COMPLETED, LESSON, LESSON, LESSON))));
        }
        storeOne(writerA, statement("other@example.org", COMPLETED, COURSE));
        List<String> newestFirst = List.of(ids.get(2).toString(), ids.get(1).toString(), ids.get(0).toString());
        String lan = "mbox:mailto:lan@example.org";

        for (boolean related : List.of(false, true)) {
            StatementQuery byAgent = new StatementQuery(Optional.of(lan), Optional.empty(), Optional.empty(),
                    Optional.empty(), false, related, Optional.empty(), Optional.empty(), false, 2, Optional.empty(),
                    OptionalLong.empty());
            StatementQuery byActivity = new StatementQuery(Optional.empty(), Optional.empty(), Optional.of(LESSON),
                    Optional.empty(), related, false, Optional.empty(), Optional.empty(), false, 2, Optional.empty(),
                    OptionalLong.empty());
            assertThat(allPages(byAgent)).containsExactlyElementsOf(newestFirst);
            assertThat(allPages(byActivity)).containsExactlyElementsOf(newestFirst);
        }
    }

    @Test
    void since_finds_the_few_statements_stored_after_it_with_other_filters_and_paging() throws Exception {
        storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        Thread.sleep(5);
        OffsetDateTime since = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        Thread.sleep(5);
        UUID second = storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        storeOne(writerA, statement("mai@example.org", COMPLETED, LESSON));
        UUID fourth = storeOne(writerA, statement("lan@example.org", ATTEMPTED, LESSON));

        StatementQuery lanSince = new StatementQuery(Optional.of("mbox:mailto:lan@example.org"), Optional.empty(),
                Optional.empty(), Optional.empty(), false, false, Optional.of(since), Optional.empty(), false, 1,
                Optional.empty(), OptionalLong.empty());
        StatementQuery completedSinceOldestFirst = new StatementQuery(Optional.empty(), Optional.of(COMPLETED),
                Optional.empty(), Optional.empty(), false, false, Optional.of(since), Optional.empty(), true, 1,
                Optional.empty(), OptionalLong.empty());

        assertThat(allPages(lanSince)).containsExactly(fourth.toString(), second.toString());
        assertThat(allPages(completedSinceOldestFirst)).hasSize(2).first().isEqualTo(second.toString());
        assertThat(allPages(window(Optional.of(since), Optional.empty()))).hasSize(3);
    }

    /** The ids of every page of the query, following the cursor. */
    private List<String> allPages(StatementQuery first) {
        List<String> seen = new ArrayList<>();
        OptionalLong cursor = OptionalLong.empty();
        do {
            StatementQuery page = new StatementQuery(first.agentIfi(), first.verbId(), first.activityId(),
                    first.registration(), first.relatedActivities(), first.relatedAgents(), first.since(),
                    first.until(), first.ascending(), first.limit(), first.onlyCredential(), cursor);
            StatementPage result = statements.query(readerA, page);
            result.statements().forEach(json -> seen.add(tree(json).get("id").asText()));
            cursor = result.nextCursor();
        } while (cursor.isPresent());
        return seen;
    }

    @Test
    void the_activities_resource_serves_the_latest_definition_stored_statements_gave() {
        storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        var renamed = (com.fasterxml.jackson.databind.node.ObjectNode) statement("lan@example.org", ATTEMPTED, LESSON);
        renamed.with("object").with("definition").with("name").put("vi", "Bài 1 (mới)");
        storeOne(writerA, renamed);

        var activity = statements.activity(readerA, LESSON);

        assertThat(activity.path("definition").path("name").path("vi").asText()).isEqualTo("Bài 1 (mới)");
        assertThat(statements.activity(writerB, LESSON).has("definition")).isFalse();
    }

    @Test
    void concurrent_batches_about_the_same_activities_neither_deadlock_nor_fail() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                int seed = client;
                clients.add(pool.submit(() -> {
                    var random = new java.util.Random(seed);
                    for (int batch = 0; batch < 10; batch++) {
                        List<JsonNode> statementsOfBatch = new ArrayList<>();
                        for (int i = 0; i < 10; i++) {
                            statementsOfBatch.add(statement("l" + random.nextInt(50) + "@example.org", COMPLETED,
                                    LESSON + "/" + random.nextInt(6)));
                        }
                        statements.store(writerA, statementsOfBatch, XapiVersion.V1_0_x);
                    }
                    return null;
                }));
            }
            for (var client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        StatementQuery everything = new StatementQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false, Optional.empty(), Optional.empty(), false, 1000, Optional.empty(),
                OptionalLong.empty());
        assertThat(statements.query(readerA, everything).statements()).hasSize(400);
    }

    @Test
    void since_and_until_filter_on_the_stored_time() {
        storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        OffsetDateTime future = OffsetDateTime.ofInstant(Instant.now().plusSeconds(3600), ZoneOffset.UTC);
        OffsetDateTime past = OffsetDateTime.ofInstant(Instant.now().minusSeconds(3600), ZoneOffset.UTC);

        assertThat(statements.query(readerA, window(Optional.of(past), Optional.of(future))).statements()).hasSize(1);
        assertThat(statements.query(readerA, window(Optional.of(future), Optional.empty())).statements()).isEmpty();
        assertThat(statements.query(readerA, window(Optional.empty(), Optional.of(past))).statements()).isEmpty();
    }

    @Test
    void filters_also_match_statements_through_the_statement_their_statement_ref_targets() {
        UUID target = storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        UUID voiding = storeOne(writerA, tree("""
                {"actor":{"mbox":"mailto:admin@example.org"},"verb":{"id":"%s"},
                 "object":{"objectType":"StatementRef","id":"%s"}}
                """.formatted(StatementService.VOIDED, target)));

        assertThat(statements.query(readerA, with(query(), Optional.empty(), Optional.of(COMPLETED), Optional.empty(),
                false)).statements()).singleElement().satisfies(json -> assertThat(json).contains(voiding.toString()));
    }

    @Test
    void a_single_context_activity_is_returned_as_an_array() {
        UUID id = storeOne(writerA, tree("""
                {"actor":{"mbox":"mailto:lan@example.org"},"verb":{"id":"%s"},"object":{"id":"%s"},
                 "context":{"contextActivities":{"parent":{"id":"%s"}}}}
                """.formatted(COMPLETED, LESSON, COURSE)));

        assertThat(tree(statements.byId(readerA, id, false)).at("/context/contextActivities/parent").isArray()).isTrue();
    }

    @Test
    void activity_definitions_merge_the_languages_of_every_statement() {
        storeOne(writerA, statement("lan@example.org", COMPLETED, LESSON));
        storeOne(writerA, tree("""
                {"actor":{"mbox":"mailto:lan@example.org"},"verb":{"id":"%s"},
                 "object":{"id":"%s","definition":{"name":{"en":"Lesson 1"}}}}
                """.formatted(COMPLETED, LESSON)));

        assertThat(statements.activity(readerA, LESSON).at("/definition/name").size()).isEqualTo(3);
    }

    @Test
    void attachment_parts_must_match_the_statements_attachments_and_are_returned_by_sha2() {
        byte[] content = "chứng chỉ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha2 = vn.hoctap.lrs.attachment.Sha2.sha256(content);
        JsonNode withAttachment = tree("""
                {"actor":{"mbox":"mailto:lan@example.org"},"verb":{"id":"%s"},"object":{"id":"%s"},
                 "attachments":[{"usageType":"https://hoctap.example/certificate","display":{"vi":"Chứng chỉ"},
                                 "contentType":"text/plain","length":%d,"sha2":"%s"}]}
                """.formatted(COMPLETED, LESSON, content.length, sha2));
        var part = new vn.hoctap.lrs.attachment.AttachmentPart(sha2, "text/plain", content);
        var wrongPart = new vn.hoctap.lrs.attachment.AttachmentPart(sha2, "text/plain", new byte[] {1});
        var extraPart = new vn.hoctap.lrs.attachment.AttachmentPart(vn.hoctap.lrs.attachment.Sha2.sha256(new byte[] {1}),
                "text/plain", new byte[] {1});

        assertThatThrownBy(() -> statements.store(writerA, List.of(withAttachment), XapiVersion.V1_0_x, List.of()))
                .isInstanceOf(vn.hoctap.lrs.error.InvalidAttachmentsException.class);
        assertThatThrownBy(() -> statements.store(writerA, List.of(withAttachment), XapiVersion.V1_0_x, List.of(wrongPart)))
                .isInstanceOf(vn.hoctap.lrs.error.InvalidAttachmentsException.class);
        assertThatThrownBy(() -> statements.store(writerA, List.of(withAttachment), XapiVersion.V1_0_x,
                List.of(part, extraPart))).isInstanceOf(vn.hoctap.lrs.error.InvalidAttachmentsException.class);
        UUID id = statements.store(writerA, List.of(withAttachment), XapiVersion.V1_0_x, List.of(part)).get(0);

        assertThat(statements.attachments(readerA, List.of(statements.byId(readerA, id, false)))).singleElement()
                .satisfies(stored -> assertThat(stored.content()).isEqualTo(content));
        assertThat(statements.attachments(writerB, List.of(statements.byId(readerA, id, false)))).isEmpty();
    }

    private static StatementQuery window(Optional<OffsetDateTime> since, Optional<OffsetDateTime> until) {
        return new StatementQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false,
                since, until, false, 100, Optional.empty(), OptionalLong.empty());
    }

    private static StatementQuery with(StatementQuery base, Optional<String> agent, Optional<String> verb,
            Optional<String> activity, boolean relatedActivities) {
        return new StatementQuery(agent, verb, activity, base.registration(), relatedActivities, false, base.since(),
                base.until(), base.ascending(), base.limit(), base.onlyCredential(), base.afterSeq());
    }
}
