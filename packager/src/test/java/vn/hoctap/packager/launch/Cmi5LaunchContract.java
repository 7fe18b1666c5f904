package vn.hoctap.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.MutableClock;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.lrs.cmi5.Cmi5RuleException;
import vn.hoctap.lrs.cmi5.Cmi5SessionListener;
import vn.hoctap.lrs.cmi5.Cmi5SessionRefusedException;
import vn.hoctap.lrs.cmi5.Cmi5SessionRepository;
import vn.hoctap.lrs.cmi5.Cmi5Sessions;
import vn.hoctap.lrs.cmi5.Cmi5Vocabulary;
import vn.hoctap.lrs.document.DocumentRepository;
import vn.hoctap.lrs.document.DocumentScope;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.document.Preconditions;
import vn.hoctap.lrs.statement.StatementQuery;
import vn.hoctap.lrs.statement.StatementRepository;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.store.StoreRepository;
import vn.hoctap.lrs.validation.StatementValidator;
import vn.hoctap.lrs.validation.XapiVersion;
import vn.hoctap.testing.DatabaseEngine;

/**
 * The cmi5 LMS side with the real LRS services on a real database: import of the CATAPULT package, registration,
 * launch (LaunchData, launched statement, launch URL), the one-time fetch, the AU's statements through the session
 * credential under the cmi5 rules, moveOn and satisfied, abandon on relaunch, waivers.
 */
abstract class Cmi5LaunchContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI PLATFORM = URI.create("http://127.0.0.1:8080/");
    private static final String ACTOR = "{\"objectType\":\"Agent\",\"name\":\"Nguyễn Văn An\","
            + "\"account\":{\"homePage\":\"https://hoctap.vn\",\"name\":\"an.nguyen\"}}";

    @TempDir
    Path temp;

    private StoreAdministration stores;
    private StatementService statements;
    private DocumentService documents;
    private Cmi5Courses courses;
    private Cmi5Launches launches;

    abstract DatabaseEngine engine();

    private final MutableClock clock = new MutableClock(Instant.now());

    @BeforeEach
    void platform() {
        Transactor tx = new LocalTransactor(engine().freshDataSource());
        stores = new StoreAdministration(tx, new StoreRepository(), clock);
        stores.createStore("default");
        AtomicReference<Cmi5SessionListener> listener = new AtomicReference<>(Cmi5SessionListener.NONE);
        Cmi5Sessions sessions = new Cmi5Sessions(tx, new Cmi5SessionRepository(), stores, clock, listener::get);
        statements = new StatementService(tx, new StatementRepository(), new StatementValidator(), JSON, clock,
                "https://hoctap.vn/xapi", sessions.statementGate());
        documents = new DocumentService(tx, new DocumentRepository(), JSON, clock, sessions.documentGate());
        var objects = new FileSystemObjectStore(temp.resolve("objects"),
                new SignedUrlSigner(SignedUrlSigner.generateSecret(), clock), clock);
        courses = new Cmi5Courses(tx, new Cmi5Repository(), new CourseStructureReader(Optional.of(SharedPackages.schema())),
                objects, stores, clock);
        launches = new Cmi5Launches(tx, new Cmi5Repository(), courses, sessions, stores, statements, documents, JSON,
                clock);
        listener.set(launches);
    }

    private Cmi5Course importCatapult() {
        Path zip = SharedPackages.zip(SharedPackages.catapult("catapult-masteryscore_framed"), temp.resolve("p.zip"),
                Optional.empty());
        return courses.importPackage(zip, "default", "author1");
    }

    private Registration register(Cmi5Course course) throws Exception {
        return launches.register(course.id(), JSON.readTree(ACTOR), Optional.of("vi,km,en"), Optional.of("on"))
                .registration();
    }

    private static Map<String, String> query(URI url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The session credential the AU gets from the fetch URL. */
    private Credential fetchCredential(Cmi5Launches.Launched launched) {
        String token = launches.fetch(query(launched.url()).get("fetch").replaceAll(".*/", "")).authToken().orElseThrow();
        String[] keyAndSecret = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split(":", 2);
        return stores.authenticate(keyAndSecret[0], keyAndSecret[1]).orElseThrow();
    }

    private Credential lms(Cmi5Course course) {
        return stores.activeCredential(course.lmsKey()).orElseThrow();
    }

    private List<JsonNode> statementsOf(Cmi5Course course, UUID registration) throws Exception {
        var page = statements.query(lms(course), new StatementQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(registration), false, false, Optional.empty(), Optional.empty(), true, 100,
                Optional.empty(), OptionalLong.empty()));
        List<JsonNode> list = new java.util.ArrayList<>();
        for (String text : page.statements()) {
            list.add(JSON.readTree(text));
        }
        return list;
    }

    private static List<String> verbs(List<JsonNode> list) {
        return list.stream().map(s -> Cmi5Vocabulary.shortName(s.path("verb").path("id").asText())).toList();
    }

    /** A cmi5-defined statement of the AU built from LMS.LaunchData's contextTemplate, as an AU does. */
    private ObjectNode auStatement(JsonNode launchData, Registration registration, String activityId, String verb)
            throws Exception {
        ObjectNode s = JSON.createObjectNode();
        s.put("id", UUID.randomUUID().toString());
        s.set("actor", JSON.readTree(ACTOR));
        s.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/" + verb);
        s.putObject("object").put("id", activityId);
        s.put("timestamp", java.time.Instant.now().toString());
        ObjectNode context = launchData.get("contextTemplate").deepCopy();
        context.put("registration", registration.id().toString());
        ((ObjectNode) context.get("contextActivities")).putArray("category").addObject()
                .put("id", Cmi5Vocabulary.CATEGORY_CMI5);
        s.set("context", context);
        if (!verb.equals("initialized")) {
            s.putObject("result").put("duration", "PT1M");
        }
        if (verb.equals("completed")) {
            ((ObjectNode) s.get("result")).put("completion", true);
            ((ObjectNode) context.get("contextActivities")).withArray("category").addObject()
                    .put("id", Cmi5Vocabulary.CATEGORY_MOVE_ON);
        }
        return s;
    }

    private List<UUID> send(Credential credential, ObjectNode statement) {
        return statements.store(credential, List.of(statement), XapiVersion.V1_0_x);
    }

    private JsonNode launchData(Credential credential, Registration registration, String activityId) throws Exception {
        var document = documents.get(credential, DocumentScope.state(activityId, registration.actorIfi(),
                Optional.of(registration.id())), Cmi5Vocabulary.LAUNCH_DATA);
        return JSON.readTree(document.content());
    }

    @Test
    void a_published_version_becomes_one_cmi5_course_even_when_two_nodes_import_it_at_the_same_moment()
            throws Exception {
        Path zip = SharedPackages.zip(SharedPackages.catapult("catapult-masteryscore_framed"), temp.resolve("v.zip"),
                Optional.empty());
        UUID published = UUID.randomUUID();
        assertThat(courses.publishedVersion(published, 1)).isEmpty();
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Cmi5Course> node = () -> {
                start.await();
                return courses.importPublishedVersion(published, 1, zip, "default");
            };
            var first = nodes.submit(node);
            var second = nodes.submit(node);
            start.countDown();
            UUID imported = first.get().id();
            assertThat(second.get().id()).isEqualTo(imported);
        } finally {
            nodes.shutdownNow();
        }
        UUID imported = courses.publishedVersion(published, 1).orElseThrow().id();
        assertThat(courses.importPublishedVersion(published, 1, zip, "default").id()).as("imported again")
                .isEqualTo(imported);
        assertThat(courses.courses()).extracting(Cmi5Course::id).containsExactly(imported);
        assertThat(courses.course(imported).importedBy()).isEqualTo(Cmi5Courses.PUBLISHING);

        UUID version2 = courses.importPublishedVersion(published, 2, zip, "default").id();
        assertThat(version2).isNotEqualTo(imported);
        assertThat(courses.publishedVersion(published, 2).orElseThrow().id()).isEqualTo(version2);
        assertThat(courses.publishedVersion(UUID.randomUUID(), 1)).isEmpty();
        UUID store = courses.course(imported).storeId();
        assertThat(stores.credentials(store)).filteredOn(c -> c.label().startsWith("cmi5 LMS") && c.isActive())
                .as("one active LMS credential per course").hasSize(2);
        assertThat(launches.register(imported, JSON.readTree(ACTOR), Optional.empty(), Optional.empty()).created())
                .as("the version's course takes registrations").isTrue();
    }

    @Test
    void the_catapult_zip_becomes_a_course_whose_files_the_platform_serves() {
        Cmi5Course course = importCatapult();

        assertThat(courses.course(course.id()).structure().aus()).singleElement()
                .satisfies(au -> assertThat(au.masteryScore()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("0.3")));
        assertThat(course.fileCount()).isGreaterThan(10);
        assertThat(courses.file(course.id(), "index.html").contentType()).startsWith("text/html");
        assertThat(courses.file(course.id(), "js/cmi5.min.js").size()).isPositive();
        assertThatThrownBy(() -> courses.file(course.id(), "missing.html")).isInstanceOf(Cmi5NotFoundException.class);
    }

    @Test
    void a_zip_without_cmi5_xml_and_a_file_that_is_neither_zip_nor_xml_are_refused() throws Exception {
        Path noManifest = temp.resolve("none.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(noManifest))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("index.html"));
            zip.write("<html></html>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path text = Files.writeString(temp.resolve("x.txt"), "hello");

        assertThatThrownBy(() -> courses.importPackage(noManifest, "default", "a"))
                .isInstanceOf(InvalidCoursePackageException.class).hasMessageContaining("cmi5.xml");
        assertThatThrownBy(() -> courses.importPackage(text, "default", "a"))
                .isInstanceOf(InvalidCoursePackageException.class).hasMessageContaining("neither a zip");
        assertThat(courses.courses()).isEmpty();
    }

    @Test
    void a_launch_writes_launch_data_and_the_launched_statement_and_its_fetch_url_answers_once() throws Exception {
        Cmi5Course course = importCatapult();
        Registration registration = register(course);

        var launched = launches.launch(registration.id(), "0", Optional.empty(), Optional.of("https://hoctap.vn/home"),
                PLATFORM);

        Map<String, String> parameters = query(launched.url());
        assertThat(launched.url().toString()).startsWith("http://127.0.0.1:8080/cmi5/content/" + course.id() + "/index.html?");
        assertThat(parameters).containsKeys("endpoint", "fetch", "actor", "registration", "activityId");
        assertThat(parameters.get("endpoint")).isEqualTo("http://127.0.0.1:8080/xapi/");
        assertThat(parameters.get("registration")).isEqualTo(registration.id().toString());
        assertThat(parameters.get("activityId")).isEqualTo(course.auActivityId(0))
                .isNotEqualTo(course.structure().aus().get(0).publisherId());
        assertThat(JSON.readTree(parameters.get("actor")).has("name")).as("no display name in the URL").isFalse();

        Credential session = fetchCredential(launched);
        var again = launches.fetch(parameters.get("fetch").replaceAll(".*/", ""));
        assertThat(again.authToken()).isEmpty();
        assertThat(again.errorCode()).isEqualTo("1");

        JsonNode data = launchData(session, registration, launched.activityId());
        assertThat(data.path("contextTemplate").path("extensions").path(Cmi5Vocabulary.SESSION_ID).asText())
                .isEqualTo(launched.sessionId().toString());
        assertThat(data.path("contextTemplate").path("contextActivities").path("grouping").get(0).path("id").asText())
                .isEqualTo(course.structure().aus().get(0).publisherId());
        assertThat(data.path("launchMode").asText()).isEqualTo("Normal");
        assertThat(data.path("launchMethod").asText()).isEqualTo("OwnWindow");
        assertThat(data.path("moveOn").asText()).isEqualTo("CompletedOrPassed");
        assertThat(data.path("masteryScore").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(data.path("returnURL").asText()).isEqualTo("https://hoctap.vn/home");

        var preferences = JSON.readTree(documents.get(session, DocumentScope.agentProfile(registration.actorIfi()),
                Cmi5Vocabulary.LEARNER_PREFERENCES).content());
        assertThat(preferences.path("languagePreference").asText()).isEqualTo("vi,km,en");

        JsonNode launchedStatement = statementsOf(course, registration.id()).get(0);
        assertThat(launchedStatement.path("verb").path("id").asText()).isEqualTo(Cmi5Vocabulary.LAUNCHED);
        JsonNode extensions = launchedStatement.path("context").path("extensions");
        assertThat(extensions.path(Cmi5Vocabulary.SESSION_ID).asText()).isEqualTo(launched.sessionId().toString());
        assertThat(extensions.path(Cmi5Vocabulary.LAUNCH_MODE).asText()).isEqualTo("Normal");
        assertThat(extensions.path(Cmi5Vocabulary.MOVE_ON).asText()).isEqualTo("CompletedOrPassed");
        assertThat(extensions.path(Cmi5Vocabulary.MASTERY_SCORE).decimalValue()).isEqualByComparingTo("0.3");
        assertThat(extensions.path(Cmi5Vocabulary.LAUNCH_URL).asText())
                .isEqualTo("http://127.0.0.1:8080/cmi5/content/" + course.id() + "/index.html");
        assertThat(launchedStatement.path("context").path("contextActivities").path("category").get(0).path("id").asText())
                .isEqualTo(Cmi5Vocabulary.CATEGORY_CMI5);
    }

    @Test
    void the_au_session_completes_the_au_and_the_lms_issues_satisfied_then_the_session_is_closed() throws Exception {
        Cmi5Course course = importCatapult();
        Registration registration = register(course);
        var launched = launches.launch(registration.id(), course.structure().aus().get(0).publisherId(),
                Optional.empty(), Optional.empty(), PLATFORM);
        Credential session = fetchCredential(launched);
        JsonNode data = launchData(session, registration, launched.activityId());

        assertThatThrownBy(() -> send(session, auStatement(data, registration, launched.activityId(), "completed")))
                .as("completed before initialized").isInstanceOf(Cmi5RuleException.class);
        send(session, auStatement(data, registration, launched.activityId(), "initialized"));
        send(session, auStatement(data, registration, launched.activityId(), "completed"));
        ObjectNode voiding = JSON.createObjectNode();
        voiding.set("actor", JSON.readTree(ACTOR));
        voiding.putObject("verb").put("id", StatementService.VOIDED);
        voiding.putObject("object").put("objectType", "StatementRef").put("id", UUID.randomUUID().toString());
        assertThatThrownBy(() -> statements.store(session, List.of(voiding), XapiVersion.V1_0_x))
                .isInstanceOf(Cmi5SessionRefusedException.class).hasMessageContaining("void");
        assertThatThrownBy(() -> documents.put(session, DocumentScope.state(launched.activityId(), registration.actorIfi(),
                Optional.of(registration.id())), Cmi5Vocabulary.LAUNCH_DATA, "{}".getBytes(StandardCharsets.UTF_8),
                "application/json", Preconditions.none(), XapiVersion.V1_0_x))
                .isInstanceOf(Cmi5SessionRefusedException.class);
        send(session, auStatement(data, registration, launched.activityId(), "terminated"));

        var status = launches.status(registration.id());
        assertThat(status.satisfied()).isTrue();
        assertThat(status.aus().get(0).completed()).isTrue();
        assertThat(verbs(statementsOf(course, registration.id())))
                .containsExactly("launched", "initialized", "completed", "satisfied", "terminated");
        JsonNode satisfied = statementsOf(course, registration.id()).get(3);
        assertThat(satisfied.path("object").path("id").asText()).isEqualTo(course.activityId());
        assertThat(satisfied.path("object").path("definition").path("type").asText())
                .isEqualTo(Cmi5Vocabulary.ACTIVITY_TYPE_COURSE);
        assertThat(satisfied.path("context").path("extensions").path(Cmi5Vocabulary.SESSION_ID).asText())
                .isEqualTo(launched.sessionId().toString());
        assertThatThrownBy(() -> send(session, auStatement(data, registration, launched.activityId(), "passed")))
                .isInstanceOf(Cmi5SessionRefusedException.class).hasMessageContaining("terminated");
    }

    @Test
    void a_new_launch_abandons_the_unfinished_session_and_revokes_its_credential() throws Exception {
        Cmi5Course course = importCatapult();
        Registration registration = register(course);
        var first = launches.launch(registration.id(), "0", Optional.empty(), Optional.empty(), PLATFORM);
        Credential firstSession = fetchCredential(first);
        JsonNode data = launchData(firstSession, registration, first.activityId());
        send(firstSession, auStatement(data, registration, first.activityId(), "initialized"));

        launches.launch(registration.id(), "0", Optional.empty(), Optional.empty(), PLATFORM);

        assertThat(stores.activeCredential(firstSession.key())).isEmpty();
        List<JsonNode> recorded = statementsOf(course, registration.id());
        assertThat(verbs(recorded)).containsExactly("launched", "initialized", "abandoned", "launched");
        JsonNode abandoned = recorded.get(2);
        assertThat(abandoned.path("context").path("extensions").path(Cmi5Vocabulary.SESSION_ID).asText())
                .isEqualTo(first.sessionId().toString());
        assertThat(abandoned.path("result").path("duration").asText()).startsWith("PT");
    }

    @Test
    void waiving_the_au_satisfies_the_course_once_and_a_second_waiver_conflicts() throws Exception {
        Cmi5Course course = importCatapult();
        Registration registration = register(course);

        var status = launches.waive(registration.id(), "0", "Administrative");

        assertThat(status.satisfied()).isTrue();
        assertThat(status.aus().get(0).waived()).isTrue();
        List<JsonNode> recorded = statementsOf(course, registration.id());
        assertThat(verbs(recorded)).containsExactly("waived", "satisfied");
        assertThat(recorded.get(0).path("result").path("extensions").path(Cmi5Vocabulary.REASON).asText())
                .isEqualTo("Administrative");
        assertThatThrownBy(() -> launches.waive(registration.id(), "0", "Administrative"))
                .isInstanceOf(Cmi5ConflictException.class);
        assertThat(launches.launch(registration.id(), "0", Optional.empty(), Optional.empty(), PLATFORM).launchMode())
                .as("a satisfied AU is launched for review").isEqualTo("Review");
    }

    @Test
    void a_structure_imported_alone_satisfies_its_not_applicable_block_at_registration_and_a_waived_block_later()
            throws Exception {
        Path xml = SharedPackages.shared().resolve("schemas/cmi5/examples/complex-cmi5.xml");
        Cmi5Course course = courses.importPackage(xml, "default", "author1");
        assertThat(course.fileCount()).isZero();
        assertThat(course.structure().blocks()).hasSize(6);

        Registration registration = register(course);
        List<JsonNode> atRegistration = statementsOf(course, registration.id());
        assertThat(verbs(atRegistration)).containsExactly("satisfied");
        assertThat(atRegistration.get(0).path("object").path("id").asText()).isEqualTo(course.blockActivityId(5));
        assertThat(atRegistration.get(0).path("object").path("definition").path("type").asText())
                .isEqualTo(Cmi5Vocabulary.ACTIVITY_TYPE_BLOCK);
        assertThat(atRegistration.get(0).path("context").path("contextActivities").path("grouping").get(0)
                .path("id").asText()).isEqualTo(course.structure().blocks().get(5).publisherId());

        var status = launches.waive(registration.id(), course.structure().aus().get(0).publisherId(), "Tested Out");

        assertThat(status.satisfiedBlocks()).containsExactly(0, 5);
        assertThat(status.satisfied()).isFalse();
        List<JsonNode> recorded = statementsOf(course, registration.id());
        assertThat(verbs(recorded)).containsExactly("satisfied", "waived", "satisfied");
        assertThat(recorded.get(2).path("object").path("id").asText()).isEqualTo(course.blockActivityId(0));
        assertThat(recorded.get(2).path("context").path("extensions").path(Cmi5Vocabulary.SESSION_ID).asText())
                .as("satisfied outside a launch uses the waiver's own session id")
                .isEqualTo(recorded.get(1).path("context").path("extensions").path(Cmi5Vocabulary.SESSION_ID).asText());
    }

    @Test
    void an_expired_session_refuses_the_fetch_and_the_statements_of_its_credential() throws Exception {
        Cmi5Course course = importCatapult();
        Registration registration = register(course);
        var fetchedInTime = launches.launch(registration.id(), "0", Optional.empty(), Optional.empty(), PLATFORM);
        Credential session = fetchCredential(fetchedInTime);
        JsonNode data = launchData(session, registration, fetchedInTime.activityId());
        Registration other = launches.register(course.id(), JSON.readTree(
                "{\"account\":{\"homePage\":\"https://hoctap.vn\",\"name\":\"binh.tran\"}}"), Optional.empty(),
                Optional.empty()).registration();
        var neverFetched = launches.launch(other.id(), "0", Optional.empty(), Optional.empty(), PLATFORM);

        clock.advance(Cmi5Launches.SESSION_LIFETIME.plusMinutes(1));

        var late = launches.fetch(query(neverFetched.url()).get("fetch").replaceAll(".*/", ""));
        assertThat(late.authToken()).isEmpty();
        assertThat(late.errorCode()).isEqualTo("1");
        assertThatThrownBy(() -> send(session, auStatement(data, registration, fetchedInTime.activityId(),
                "initialized"))).isInstanceOf(Cmi5SessionRefusedException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void a_course_of_more_than_a_thousand_aus_imports_registers_and_launches() throws Exception {
        StringBuilder xml = new StringBuilder("<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/"
                + "CourseStructure.xsd\"><course id=\"https://hoctap.vn/c/big\"><title><langstring>Big</langstring>"
                + "</title><description><langstring>1200 AUs</langstring></description></course>");
        for (int i = 0; i < 1200; i++) {
            xml.append("<au id=\"https://hoctap.vn/c/big/au/").append(i).append("\" moveOn=\"Completed\"><title>"
                    + "<langstring>AU</langstring></title><description><langstring>d</langstring></description>"
                    + "<url>https://cdn.hoctap.vn/big/").append(i).append(".html</url></au>");
        }
        Path file = Files.writeString(temp.resolve("big-cmi5.xml"), xml.append("</courseStructure>"));

        Cmi5Course course = courses.importPackage(file, "default", "author1");
        Registration registration = register(course);
        var launched = launches.launch(registration.id(), "1199", Optional.empty(), Optional.empty(), PLATFORM);

        assertThat(courses.course(course.id()).structure().aus()).hasSize(1200);
        assertThat(launches.status(registration.id()).aus()).hasSize(1200).noneMatch(Cmi5Launches.AuStatus::satisfied);
        assertThat(launched.url().toString()).startsWith("https://cdn.hoctap.vn/big/1199.html?endpoint=");
    }

    @Test
    void a_learner_has_one_registration_per_course_and_needs_an_account() throws Exception {
        Cmi5Course course = importCatapult();
        Registration first = register(course);

        var again = launches.register(course.id(), JSON.readTree(ACTOR), Optional.empty(), Optional.empty());

        assertThat(again.created()).isFalse();
        assertThat(again.registration().id()).isEqualTo(first.id());
        assertThatThrownBy(() -> launches.register(course.id(), JSON.readTree("{\"mbox\":\"mailto:a@b.vn\"}"),
                Optional.empty(), Optional.empty())).isInstanceOf(InvalidLaunchRequestException.class)
                .hasMessageContaining("account");
    }
}
