package vn.hoctap.lrs.cmi5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.lrs.document.DocumentRepository;
import vn.hoctap.lrs.document.DocumentScope;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.document.Preconditions;
import vn.hoctap.lrs.statement.StatementRepository;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.LrsStore;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.store.StoreRepository;
import vn.hoctap.lrs.validation.StatementValidator;
import vn.hoctap.lrs.validation.XapiVersion;
import vn.hoctap.testing.DatabaseEngine;

/** cmi5 launch sessions on a real database: the session credential under the gates of the statement and document services. */
abstract class Cmi5SessionsContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTIVITY = "urn:hoctap:cmi5:course:1:au:0";
    private static final String PUBLISHER = "https://example.org/course/au/1";
    private static final String ACTOR = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://hoctap.vn\","
            + "\"name\":\"an.nguyen\"}}";

    private StoreAdministration stores;
    private Cmi5Sessions sessions;
    private StatementService statements;
    private DocumentService documents;
    private final List<Cmi5Session> told = new ArrayList<>();
    private LrsStore store;
    private UUID registration;

    abstract DatabaseEngine engine();

    @BeforeEach
    void freshDatabase() {
        var tx = new LocalTransactor(engine().freshDataSource());
        Clock clock = Clock.systemUTC();
        stores = new StoreAdministration(tx, new StoreRepository(), clock);
        sessions = new Cmi5Sessions(tx, new Cmi5SessionRepository(), stores, clock,
                () -> (session, batch) -> told.add(session));
        statements = new StatementService(tx, new StatementRepository(), new StatementValidator(), JSON, clock,
                "https://hoctap.vn/xapi", sessions.statementGate());
        documents = new DocumentService(tx, new DocumentRepository(), JSON, clock, sessions.documentGate());
        store = stores.createStore("cmi5");
        registration = UUID.randomUUID();
    }

    private Cmi5Sessions.Opened open(String mode) throws Exception {
        return sessions.open(new Cmi5Sessions.Launch(store.id(), UUID.randomUUID(), registration, ACTIVITY, PUBLISHER,
                JSON.readTree(ACTOR), mode, Optional.of(new BigDecimal("0.8")), Duration.ofHours(1)));
    }

    private ObjectNode statement(Cmi5Session session, String verb) throws Exception {
        ObjectNode s = JSON.createObjectNode();
        s.put("id", UUID.randomUUID().toString());
        s.set("actor", JSON.readTree(ACTOR));
        s.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/" + verb);
        s.putObject("object").put("id", ACTIVITY);
        s.put("timestamp", Instant.now().toString());
        ObjectNode context = s.putObject("context");
        context.put("registration", registration.toString());
        context.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, session.sessionId().toString());
        ObjectNode activities = context.putObject("contextActivities");
        activities.putArray("grouping").addObject().put("id", PUBLISHER);
        activities.putArray("category").addObject().put("id", Cmi5Vocabulary.CATEGORY_CMI5);
        if (!verb.equals("initialized")) {
            s.putObject("result").put("duration", "PT1M");
        }
        return s;
    }

    @Test
    void a_repeated_statement_is_accepted_again_without_counting_twice_and_a_bad_batch_stores_nothing() throws Exception {
        var opened = open("Normal");
        Credential credential = opened.credential().credential();
        ObjectNode initialized = statement(opened.session(), "initialized");
        statements.store(credential, List.of(initialized), XapiVersion.V1_0_x);

        statements.store(credential, List.of(initialized), XapiVersion.V1_0_x);
        ObjectNode experienced = statement(opened.session(), "experienced");
        ((ObjectNode) experienced.get("context").get("contextActivities")).remove("category");
        assertThatThrownBy(() -> statements.store(credential, List.of(experienced,
                statement(opened.session(), "initialized")), XapiVersion.V1_0_x))
                .isInstanceOf(Cmi5RuleException.class)
                .satisfies(e -> assertThat(((Cmi5RuleException) e).toApiError().violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("$[1].verb.id")));

        Cmi5Session now = sessions.session(opened.session().sessionId());
        assertThat(now.definedVerbs()).containsExactly(Cmi5Vocabulary.INITIALIZED);
        assertThat(now.lastStatementAt()).isPresent();
        assertThat(told).hasSize(2);
    }

    @Test
    void a_session_credential_reaches_only_its_learner_registration_and_au_and_never_writes_launch_data()
            throws Exception {
        var opened = open("Normal");
        Credential credential = opened.credential().credential();
        String ifi = "account:https://hoctap.vn an.nguyen";
        byte[] json = "{\"bookmark\":\"page-3\"}".getBytes(StandardCharsets.UTF_8);

        documents.put(credential, DocumentScope.state(ACTIVITY, ifi, Optional.of(registration)), "bookmark", json,
                "application/json", Preconditions.none(), XapiVersion.V1_0_x);

        assertThat(documents.get(credential, DocumentScope.state(ACTIVITY, ifi, Optional.of(registration)), "bookmark")
                .content()).isEqualTo(json);
        assertThatThrownBy(() -> documents.get(credential, DocumentScope.agentProfile("account:https://hoctap.vn binh"),
                Cmi5Vocabulary.LEARNER_PREFERENCES)).isInstanceOf(Cmi5SessionRefusedException.class);
        assertThatThrownBy(() -> documents.get(credential, DocumentScope.state(ACTIVITY, ifi,
                Optional.of(UUID.randomUUID())), "bookmark")).isInstanceOf(Cmi5SessionRefusedException.class);
        assertThatThrownBy(() -> documents.put(credential, DocumentScope.state(ACTIVITY, ifi, Optional.of(registration)),
                Cmi5Vocabulary.LAUNCH_DATA, json, "application/json", Preconditions.none(), XapiVersion.V1_0_x))
                .isInstanceOf(Cmi5SessionRefusedException.class);
        assertThatThrownBy(() -> documents.deleteAll(credential, DocumentScope.state(ACTIVITY, ifi,
                Optional.of(registration)))).isInstanceOf(Cmi5SessionRefusedException.class);
        assertThatThrownBy(() -> documents.put(credential, DocumentScope.activityProfile(ACTIVITY), "p", json,
                "application/json", new Preconditions(Optional.empty(), Optional.of("*")), XapiVersion.V1_0_x))
                .isInstanceOf(Cmi5SessionRefusedException.class);
    }

    @Test
    void an_abandoned_session_revokes_its_credential_and_counts_for_the_registration_records() throws Exception {
        var first = open("Normal");
        statements.store(first.credential().credential(), List.of(statement(first.session(), "initialized")),
                XapiVersion.V1_0_x);
        ObjectNode completed = statement(first.session(), "completed");
        ((ObjectNode) completed.get("result")).put("completion", true);
        ((ObjectNode) completed.get("context").get("contextActivities")).withArray("category").addObject()
                .put("id", Cmi5Vocabulary.CATEGORY_MOVE_ON);
        statements.store(first.credential().credential(), List.of(completed), XapiVersion.V1_0_x);

        assertThat(sessions.unfinished(store.id(), registration)).hasSize(1);
        assertThat(sessions.abandon(first.session().sessionId())).isPresent();
        assertThat(sessions.abandon(first.session().sessionId())).as("only once").isEmpty();

        assertThat(stores.activeCredential(first.credential().credential().key())).isEmpty();
        assertThat(sessions.unfinished(store.id(), registration)).isEmpty();
        assertThat(sessions.records(store.id(), registration).get(ACTIVITY)).isEqualTo(new AuRecord(true, false, false));
        var second = open("Normal");
        statements.store(second.credential().credential(), List.of(statement(second.session(), "initialized")),
                XapiVersion.V1_0_x);
        ObjectNode again = statement(second.session(), "completed");
        ((ObjectNode) again.get("result")).put("completion", true);
        ((ObjectNode) again.get("context").get("contextActivities")).withArray("category").addObject()
                .put("id", Cmi5Vocabulary.CATEGORY_MOVE_ON);
        assertThatThrownBy(() -> statements.store(second.credential().credential(), List.of(again), XapiVersion.V1_0_x))
                .isInstanceOf(Cmi5RuleException.class).hasMessageContaining("already completed in this registration");
    }

    @Test
    void other_credentials_of_the_store_are_not_subject_to_the_session_rules() throws Exception {
        Credential lms = stores.issueCredential(store.id(), "lms", java.util.Set.of(vn.hoctap.lrs.store.Scope.ALL))
                .credential();
        var opened = open("Normal");
        JsonNode notFirst = statement(opened.session(), "terminated");

        assertThat(statements.store(lms, List.of(notFirst), XapiVersion.V1_0_x)).hasSize(1);
    }
}
