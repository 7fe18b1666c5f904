package vn.hoctap.lrs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.error.NotFoundException;
import vn.hoctap.lrs.error.PreconditionFailedException;
import vn.hoctap.lrs.error.PreconditionRequiredException;
import vn.hoctap.lrs.error.ScopeException;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.store.StoreRepository;
import vn.hoctap.lrs.validation.XapiVersion;
import vn.hoctap.testing.DatabaseEngine;

/** State and profile documents on a real database: ETags, concurrency rules, JSON merge, listing, scopes. */
abstract class DocumentServiceContract {

    private static final String LESSON = "https://hoctap.example/course/ky-nang-so/lesson/1";
    private static final String AGENT = "mbox:mailto:lan@example.org";

    private DocumentService documents;
    private static final Preconditions CREATE_ONLY = new Preconditions(Optional.empty(), Optional.of("*"));

    private Credential all;
    private Credential stateOnly;
    private Credential otherStore;

    abstract DatabaseEngine engine();

    @BeforeEach
    void freshStores() {
        LocalTransactor transactor = new LocalTransactor(engine().freshDataSource());
        StoreAdministration admin = new StoreAdministration(transactor, new StoreRepository(), Clock.systemUTC());
        documents = new DocumentService(transactor, new DocumentRepository(), new ObjectMapper(), Clock.systemUTC());
        UUID a = admin.createStore("a").id();
        all = admin.issueCredential(a, "all", Set.of(Scope.ALL)).credential();
        stateOnly = admin.issueCredential(a, "state", Set.of(Scope.STATE)).credential();
        otherStore = admin.issueCredential(admin.createStore("b").id(), "all", Set.of(Scope.ALL)).credential();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Document document) {
        return new String(document.content(), StandardCharsets.UTF_8);
    }

    @Test
    void a_state_document_is_stored_as_sent_with_a_sha1_etag() {
        DocumentScope scope = DocumentScope.state(LESSON, AGENT, Optional.empty());
        documents.put(stateOnly, scope, "resume", bytes("slide=7"), "text/plain", Preconditions.none(), XapiVersion.V1_0_x);

        Document read = documents.get(stateOnly, scope, "resume");

        assertThat(text(read)).isEqualTo("slide=7");
        assertThat(read.contentType()).isEqualTo("text/plain");
        assertThat(read.etag()).isEqualTo("08e20fd26683cc7b7079c3407f1b7c51f0a459a2"); // sha1sum of "slide=7"
    }

    @Test
    void registrations_keep_states_apart() {
        DocumentScope first = DocumentScope.state(LESSON, AGENT, Optional.of(UUID.randomUUID()));
        DocumentScope second = DocumentScope.state(LESSON, AGENT, Optional.of(UUID.randomUUID()));
        documents.put(all, first, "resume", bytes("1"), "text/plain", Preconditions.none(), XapiVersion.V1_0_x);

        assertThatThrownBy(() -> documents.get(all, second, "resume")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void replacing_an_existing_profile_without_a_precondition_is_a_conflict_409() {
        DocumentScope scope = DocumentScope.activityProfile(LESSON);
        documents.put(all, scope, "settings", bytes("{}"), "application/json", CREATE_ONLY, XapiVersion.V1_0_x);

        for (XapiVersion version : XapiVersion.values()) {
            assertThatThrownBy(() -> documents.put(all, scope, "settings", bytes("{\"a\":1}"), "application/json",
                    Preconditions.none(), version))
                    .isInstanceOfSatisfying(PreconditionRequiredException.class, e -> assertThat(e.status()).isEqualTo(409));
        }
    }

    @Test
    void replacing_an_existing_state_without_a_precondition_is_a_conflict_in_2_0_only() {
        DocumentScope scope = DocumentScope.state(LESSON, AGENT, Optional.empty());
        documents.put(all, scope, "resume", bytes("1"), "text/plain", Preconditions.none(), XapiVersion.V2_0_0);
        documents.put(all, scope, "resume", bytes("2"), "text/plain", Preconditions.none(), XapiVersion.V1_0_x);

        assertThatThrownBy(() -> documents.put(all, scope, "resume", bytes("3"), "text/plain", Preconditions.none(),
                XapiVersion.V2_0_0)).isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void creating_a_profile_without_a_precondition_is_refused_in_1_0_only() {
        DocumentScope scope = DocumentScope.agentProfile(AGENT);

        assertThatThrownBy(() -> documents.put(all, scope, "p", bytes("{}"), "application/json", Preconditions.none(),
                XapiVersion.V1_0_x)).isInstanceOf(InvalidXapiRequestException.class);
        documents.put(all, scope, "p", bytes("{}"), "application/json", Preconditions.none(), XapiVersion.V2_0_0);
    }

    @Test
    void if_match_replaces_the_current_version_only_and_if_none_match_creates_only() {
        DocumentScope scope = DocumentScope.agentProfile(AGENT);
        Document first = documents.put(all, scope, "prefs", bytes("{\"lang\":\"vi\"}"), "application/json",
                new Preconditions(Optional.empty(), Optional.of("*")), XapiVersion.V1_0_x);

        Document second = documents.put(all, scope, "prefs", bytes("{\"lang\":\"km\"}"), "application/json",
                new Preconditions(Optional.of("\"" + first.etag() + "\""), Optional.empty()), XapiVersion.V1_0_x);

        assertThat(text(documents.get(all, scope, "prefs"))).isEqualTo("{\"lang\":\"km\"}");
        assertThatThrownBy(() -> documents.put(all, scope, "prefs", bytes("{}"), "application/json",
                new Preconditions(Optional.of("\"" + first.etag() + "\""), Optional.empty()), XapiVersion.V1_0_x))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> documents.put(all, scope, "prefs", bytes("{}"), "application/json",
                new Preconditions(Optional.empty(), Optional.of("*")), XapiVersion.V1_0_x))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(second.etag()).isNotEqualTo(first.etag());
    }

    @Test
    void post_merges_json_objects_and_refuses_to_merge_anything_else() {
        DocumentScope scope = DocumentScope.state(LESSON, AGENT, Optional.empty());
        documents.post(all, scope, "progress", bytes("{\"slide\":3,\"lang\":\"vi\"}"), "application/json",
                Preconditions.none(), XapiVersion.V1_0_x);
        documents.post(all, scope, "progress", bytes("{\"slide\":4,\"quiz\":{\"q1\":\"b\"}}"), "application/json",
                Preconditions.none(), XapiVersion.V1_0_x);

        assertThat(text(documents.get(all, scope, "progress")))
                .contains("\"slide\":4").contains("\"lang\":\"vi\"").contains("\"q1\":\"b\"");
        assertThatThrownBy(() -> documents.post(all, scope, "progress", bytes("not json"), "text/plain",
                Preconditions.none(), XapiVersion.V1_0_x)).isInstanceOf(InvalidXapiRequestException.class);
        assertThatThrownBy(() -> documents.post(all, scope, "progress", bytes("[1,2]"), "application/json",
                Preconditions.none(), XapiVersion.V1_0_x)).isInstanceOf(InvalidXapiRequestException.class);
    }

    @Test
    void ids_are_listed_optionally_since_a_time_and_states_are_deleted_together() {
        DocumentScope scope = DocumentScope.state(LESSON, AGENT, Optional.empty());
        documents.put(all, scope, "b", bytes("2"), "text/plain", Preconditions.none(), XapiVersion.V1_0_x);
        documents.put(all, scope, "a", bytes("1"), "text/plain", Preconditions.none(), XapiVersion.V1_0_x);
        OffsetDateTime later = OffsetDateTime.ofInstant(Instant.now().plusSeconds(60), ZoneOffset.UTC);

        assertThat(documents.ids(all, scope, Optional.empty())).containsExactly("a", "b");
        assertThat(documents.ids(all, scope, Optional.of(later))).isEmpty();

        documents.deleteAll(all, scope);
        assertThat(documents.ids(all, scope, Optional.empty())).isEmpty();
    }

    @Test
    void documents_are_isolated_per_store_and_need_their_scope() {
        DocumentScope state = DocumentScope.state(LESSON, AGENT, Optional.empty());
        documents.put(all, state, "resume", bytes("x"), "text/plain", Preconditions.none(), XapiVersion.V1_0_x);

        assertThatThrownBy(() -> documents.get(otherStore, state, "resume")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.get(stateOnly, DocumentScope.activityProfile(LESSON), "x"))
                .isInstanceOf(ScopeException.class);
    }
}
