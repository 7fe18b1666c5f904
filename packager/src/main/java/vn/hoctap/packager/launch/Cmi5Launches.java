package vn.hoctap.packager.launch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.lrs.cmi5.AuRecord;
import vn.hoctap.lrs.cmi5.Cmi5Session;
import vn.hoctap.lrs.cmi5.Cmi5SessionListener;
import vn.hoctap.lrs.cmi5.Cmi5Sessions;
import vn.hoctap.lrs.cmi5.Cmi5Vocabulary;
import vn.hoctap.lrs.document.DocumentScope;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.document.Preconditions;
import vn.hoctap.lrs.error.NotFoundException;
import vn.hoctap.lrs.statement.AgentIdentity;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.validation.XapiVersion;

/**
 * The LMS side of cmi5 launches (cmi5 §8-11): registrations (one per learner and course, with the learner
 * preferences agent profile), launches (abandoning the registration's unfinished session, a new session id, its
 * LRS session credential, LMS.LaunchData, the launched statement, the launch URL with its one-time fetch URL),
 * the fetch itself, waivers, and moveOn evaluation with the satisfied statements for blocks and the course.
 * As a {@link Cmi5SessionListener} it re-evaluates moveOn whenever an AU's statements were stored.
 */
public final class Cmi5Launches implements Cmi5SessionListener {

    /** How long a session's credential works at most. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LAUNCH_MODES = Set.of("Normal", "Browse", "Review");

    private final Transactor transactor;
    private final Cmi5Repository repository;
    private final Cmi5Courses courses;
    private final Cmi5Sessions sessions;
    private final StoreAdministration stores;
    private final StatementService statements;
    private final DocumentService documents;
    private final ObjectMapper json;
    private final Clock clock;

    public Cmi5Launches(Transactor transactor, Cmi5Repository repository, Cmi5Courses courses, Cmi5Sessions sessions,
            StoreAdministration stores, StatementService statements, DocumentService documents, ObjectMapper json,
            Clock clock) {
        this.transactor = transactor;
        this.repository = repository;
        this.courses = courses;
        this.sessions = sessions;
        this.stores = stores;
        this.statements = statements;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    /** A registration and whether this call created it. */
    public record Registered(Registration registration, boolean created) {
    }

    /**
     * The learner's registration in the course, created when missing (moveOn is evaluated at once: a course whose
     * AUs are all NotApplicable is satisfied by registering).
     *
     * @param actor              the learner: an Agent with an {@code account} (homePage, name), as cmi5 requires;
     *                           only the account is kept (no display name or other personal data in launch URLs)
     * @param languagePreference written to the learner's cmi5LearnerPreferences when it has none yet (e.g. "vi,km,en")
     * @param audioPreference    "on" or "off", likewise
     */
    public Registered register(UUID courseId, JsonNode actor, Optional<String> languagePreference,
            Optional<String> audioPreference) {
        Cmi5Course course = courses.course(courseId);
        ObjectNode agent = checkedActor(actor);
        String ifi = AgentIdentity.of(agent).orElseThrow();
        audioPreference.ifPresent(audio -> {
            if (!Set.of("on", "off").contains(audio)) {
                throw new InvalidLaunchRequestException("audioPreference", "must be \"on\" or \"off\"");
            }
        });
        Optional<Registration> existing = transactor.inTransaction(c -> repository.registrationOf(c, courseId, ifi));
        if (existing.isPresent()) {
            return new Registered(existing.get(), false);
        }
        Registration registration = new Registration(UUID.randomUUID(), courseId, ifi, agent, now());
        transactor.inTransaction(c -> {
            repository.insertRegistration(c, registration);
            return null;
        });
        if (languagePreference.isPresent() || audioPreference.isPresent()) {
            writePreferences(course, ifi, languagePreference, audioPreference);
        }
        evaluate(course, registration, UUID.randomUUID());
        return new Registered(registration, true);
    }

    private void writePreferences(Cmi5Course course, String ifi, Optional<String> language, Optional<String> audio) {
        Credential lms = lmsCredential(course);
        DocumentScope scope = DocumentScope.agentProfile(ifi);
        try {
            documents.get(lms, scope, Cmi5Vocabulary.LEARNER_PREFERENCES);
            return;
        } catch (NotFoundException none) {
            // the learner has no preferences yet: write them
        }
        ObjectNode preferences = json.createObjectNode();
        language.ifPresent(l -> preferences.put("languagePreference", l));
        audio.ifPresent(a -> preferences.put("audioPreference", a));
        documents.put(lms, scope, Cmi5Vocabulary.LEARNER_PREFERENCES, preferences.toString().getBytes(StandardCharsets.UTF_8),
                "application/json", new Preconditions(Optional.empty(), Optional.of("*")), XapiVersion.V1_0_x);
    }

    public Registration registration(UUID id) {
        return transactor.inTransaction(c -> repository.registration(c, id))
                .orElseThrow(() -> new Cmi5NotFoundException("cmi5 registration " + id));
    }

    /**
     * What a launch gives the caller: the URL to open (in a new window for OwnWindow AUs), the session id and the
     * fetch URL inside it.
     */
    public record Launched(URI url, UUID sessionId, LaunchMethod launchMethod, String launchMode, URI fetchUrl,
            String activityId) {
    }

    /**
     * Launches an AU for a registration.
     *
     * @param auRef      the AU's publisher id or position
     * @param launchMode Normal, Browse or Review; by default Review once the AU is satisfied, else Normal
     * @param returnUrl  where the AU sends the learner when it ends (written to LMS.LaunchData), optional
     * @param platform   the platform's public base URL (ends with {@code /}): endpoint, fetch and relative AU urls
     */
    public Launched launch(UUID registrationId, String auRef, Optional<String> launchMode, Optional<String> returnUrl,
            URI platform) {
        Registration registration = registration(registrationId);
        Cmi5Course course = courses.course(registration.courseId());
        AssignableUnit au = course.au(auRef);
        launchMode.ifPresent(mode -> {
            if (!LAUNCH_MODES.contains(mode)) {
                throw new InvalidLaunchRequestException("launchMode", "must be Normal, Browse or Review");
            }
        });
        returnUrl.ifPresent(url -> {
            if (!url.matches("(?i)^https?://\\S+$")) {
                throw new InvalidLaunchRequestException("returnURL", "must be an absolute http(s) URL");
            }
        });
        Credential lms = lmsCredential(course);
        abandonUnfinished(course, registration, lms);
        String mode = launchMode.orElseGet(() -> status(course, registration).aus().get(au.index()).satisfied()
                ? "Review" : "Normal");
        UUID sessionId = UUID.randomUUID();
        String activityId = course.auActivityId(au.index());
        Cmi5Sessions.Opened opened = sessions.open(new Cmi5Sessions.Launch(course.storeId(), sessionId,
                registration.id(), activityId, au.publisherId(), registration.actor(), mode, au.masteryScore(),
                SESSION_LIFETIME));
        byte[] launchData = LmsStatements.launchData(au, sessionId, mode, returnUrl.orElse(null)).toString()
                .getBytes(StandardCharsets.UTF_8);
        documents.put(lms, DocumentScope.state(activityId, registration.actorIfi(), Optional.of(registration.id())),
                Cmi5Vocabulary.LAUNCH_DATA, launchData, "application/json", Preconditions.none(), XapiVersion.V1_0_x);
        URI auUrl = au.relativeUrl() ? platform.resolve("cmi5/content/" + course.id() + "/" + au.url())
                : URI.create(au.url());
        String launchUrlWithoutParameters = auUrl.toString();
        String fetchToken = randomToken();
        URI fetchUrl = platform.resolve("api/cmi5/fetch/" + fetchToken);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("endpoint", platform.resolve("xapi/").toString());
        parameters.put("fetch", fetchUrl.toString());
        parameters.put("actor", registration.actor().toString());
        parameters.put("registration", registration.id().toString());
        parameters.put("activityId", activityId);
        StringBuilder url = new StringBuilder(launchUrlWithoutParameters);
        String fragment = "";
        int hash = url.indexOf("#");
        if (hash >= 0) {
            fragment = url.substring(hash);
            url.setLength(hash);
        }
        char separator = url.indexOf("?") >= 0 ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            separator = '&';
        }
        url.append(fragment);
        OffsetDateTime at = now();
        statements.store(lms, List.of(LmsStatements.launched(course, au, registration.actor(), registration.id(),
                sessionId, mode, launchUrlWithoutParameters, at)), XapiVersion.V1_0_x);
        Launch launch = new Launch(sessionId, registration.id(), au.index(), mode, fetchToken,
                opened.credential().credential().key(), Optional.of(opened.credential().secret()), at, Optional.empty());
        transactor.inTransaction(c -> {
            repository.insertLaunch(c, launch);
            return null;
        });
        return new Launched(URI.create(url.toString()), sessionId, au.launchMethod(), mode, fetchUrl, activityId);
    }

    private void abandonUnfinished(Cmi5Course course, Registration registration, Credential lms) {
        for (Cmi5Session open : sessions.unfinished(course.storeId(), registration.id())) {
            sessions.abandon(open.sessionId()).ifPresent(before -> {
                AssignableUnit au = course.structure().aus().stream()
                        .filter(a -> course.auActivityId(a.index()).equals(before.activityId())).findFirst()
                        .orElseThrow();
                OffsetDateTime last = before.lastStatementAt().orElse(before.launchedAt());
                statements.store(lms, List.of(LmsStatements.abandoned(course, au, registration.actor(),
                        registration.id(), before.sessionId(), Duration.between(before.launchedAt(), last), now())),
                        XapiVersion.V1_0_x);
            });
        }
    }

    /** What the fetch URL answers (cmi5 §8.2): the token once, then the error of code 1. */
    public record FetchAnswer(Optional<String> authToken, String errorCode, String errorText) {
        static FetchAnswer token(String token) {
            return new FetchAnswer(Optional.of(token), null, null);
        }

        static FetchAnswer error(String code, String text) {
            return new FetchAnswer(Optional.empty(), code, text);
        }
    }

    /** Answers a POST to a fetch URL: the session credential as a Basic token, only the first time. */
    public FetchAnswer fetch(String token) {
        OffsetDateTime now = now();
        Optional<Launch> launch = transactor.inTransaction(c -> {
            Optional<Launch> found = repository.launchByFetchTokenForUpdate(c, token);
            if (found.isPresent() && found.get().fetchedAt().isEmpty()) {
                repository.markFetched(c, found.get().sessionId(), now);
            }
            return found;
        });
        if (launch.isEmpty()) {
            return FetchAnswer.error("2", "This is not a fetch URL of this platform.");
        }
        if (launch.get().fetchedAt().isPresent() || launch.get().fetchSecret().isEmpty()) {
            return FetchAnswer.error("1", "This fetch URL was already used; launch the AU again.");
        }
        if (!sessions.session(launch.get().sessionId()).openAt(now)) {
            return FetchAnswer.error("1", "This launch session has ended or expired; launch the AU again.");
        }
        String basic = launch.get().credentialKey() + ":" + launch.get().fetchSecret().get();
        return FetchAnswer.token(Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }

    /** Waives an AU for a registration (cmi5 §9.3.7) and evaluates moveOn; at most once per AU. */
    public RegistrationStatus waive(UUID registrationId, String auRef, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new InvalidLaunchRequestException("reason", "must be 1 to 200 characters, e.g. Tested Out,"
                    + " Equivalent AU, Equivalent Outside Activity or Administrative");
        }
        Registration registration = registration(registrationId);
        Cmi5Course course = courses.course(registration.courseId());
        AssignableUnit au = course.au(auRef);
        UUID sessionId = UUID.randomUUID();
        OffsetDateTime at = now();
        boolean recorded = transactor.inTransaction(c -> repository.insertWaiver(c, registration.id(), au.index(),
                reason.strip(), sessionId, at));
        if (!recorded) {
            throw new Cmi5ConflictException("The AU " + au.publisherId() + " was already waived in this registration.");
        }
        statements.store(lmsCredential(course), List.of(LmsStatements.waived(course, au, registration.actor(),
                registration.id(), sessionId, reason.strip(), at)), XapiVersion.V1_0_x);
        return evaluate(course, registration, sessionId);
    }

    /** An AU's state in a registration. */
    public record AuStatus(int index, String publisherId, String activityId, MoveOn moveOn, boolean completed,
            boolean passed, boolean failed, boolean waived, boolean satisfied) {
    }

    /** A registration's state: its AUs, which blocks are satisfied, whether the course is. */
    public record RegistrationStatus(Registration registration, List<AuStatus> aus, Set<Integer> satisfiedBlocks,
            boolean satisfied, Optional<OffsetDateTime> satisfiedAt, List<UUID> sessions) {
    }

    /** The registration's state, evaluated now (issuing satisfied statements that are due). */
    public RegistrationStatus status(UUID registrationId) {
        Registration registration = registration(registrationId);
        Cmi5Course course = courses.course(registration.courseId());
        return evaluate(course, registration, UUID.randomUUID());
    }

    private RegistrationStatus status(Cmi5Course course, Registration registration) {
        Map<String, AuRecord> records = sessions.records(course.storeId(), registration.id());
        Set<Integer> waived = transactor.inTransaction(c -> repository.waivedAus(c, registration.id()));
        List<AuStatus> aus = new ArrayList<>();
        for (AssignableUnit au : course.structure().aus()) {
            String activityId = course.auActivityId(au.index());
            AuRecord record = records.getOrDefault(activityId, AuRecord.NOTHING);
            boolean isWaived = waived.contains(au.index());
            aus.add(new AuStatus(au.index(), au.publisherId(), activityId, au.moveOn(), record.completed(),
                    record.passed(), record.failed(), isWaived,
                    au.moveOn().satisfiedBy(record.completed(), record.passed(), isWaived)));
        }
        Set<Integer> blocks = new java.util.TreeSet<>();
        for (StructureBlock block : course.structure().blocks()) {
            List<AssignableUnit> inside = course.structure().aus().stream()
                    .filter(au -> course.structure().inBlock(au, block.index())).toList();
            if (!inside.isEmpty() && inside.stream().allMatch(au -> aus.get(au.index()).satisfied())) {
                blocks.add(block.index());
            }
        }
        boolean satisfied = aus.stream().allMatch(AuStatus::satisfied);
        Map<String, OffsetDateTime> issued = transactor.inTransaction(c -> repository.satisfied(c, registration.id()));
        List<UUID> sessionIds = transactor.inTransaction(c -> repository.launches(c, registration.id())).stream()
                .map(Launch::sessionId).toList();
        return new RegistrationStatus(registration, aus, blocks, satisfied,
                Optional.ofNullable(issued.get(course.activityId())), sessionIds);
    }

    /**
     * Evaluates moveOn for the registration and issues the satisfied statements that are due (each block and the
     * course at most once per registration), with {@code sessionId}: the launch session's when triggered by it.
     */
    RegistrationStatus evaluate(Cmi5Course course, Registration registration, UUID sessionId) {
        RegistrationStatus status = status(course, registration);
        List<ObjectNode> due = new ArrayList<>();
        OffsetDateTime at = now();
        for (int block : status.satisfiedBlocks()) {
            String objectId = course.blockActivityId(block);
            if (transactor.inTransaction(c -> repository.insertSatisfied(c, registration.id(), objectId, sessionId, at))) {
                due.add(LmsStatements.satisfied(registration.actor(), registration.id(), sessionId, objectId,
                        Cmi5Vocabulary.ACTIVITY_TYPE_BLOCK, course.structure().blocks().get(block).publisherId(), at));
            }
        }
        if (status.satisfied() && transactor.inTransaction(c -> repository.insertSatisfied(c, registration.id(),
                course.activityId(), sessionId, at))) {
            due.add(LmsStatements.satisfied(registration.actor(), registration.id(), sessionId, course.activityId(),
                    Cmi5Vocabulary.ACTIVITY_TYPE_COURSE, course.structure().publisherId(), at));
        }
        if (due.isEmpty()) {
            return status;
        }
        statements.store(lmsCredential(course), List.copyOf(due), XapiVersion.V1_0_x);
        return status(course, registration);
    }

    @Override
    public void stored(Cmi5Session session, List<JsonNode> batch) {
        if (!session.completed() && !session.passed()) {
            return;
        }
        transactor.inTransaction(c -> repository.registration(c, session.registration())).ifPresent(registration ->
                evaluate(courses.course(registration.courseId()), registration, session.sessionId()));
    }

    private Credential lmsCredential(Cmi5Course course) {
        return stores.activeCredential(course.lmsKey()).orElseThrow(() -> new IllegalStateException(
                "the LMS credential " + course.lmsKey() + " of cmi5 course " + course.id() + " was revoked"));
    }

    private static ObjectNode checkedActor(JsonNode actor) {
        if (!(actor instanceof ObjectNode agent)) {
            throw new InvalidLaunchRequestException("actor", "is required: an Agent with an account"
                    + " {\"account\":{\"homePage\":\"https://...\",\"name\":\"...\"}}");
        }
        if (agent.has("objectType") && !"Agent".equals(agent.get("objectType").asText())) {
            throw new InvalidLaunchRequestException("actor.objectType", "must be Agent");
        }
        JsonNode account = agent.get("account");
        if (account == null || !account.path("homePage").asText("").matches("(?i)^https?://\\S+$")
                || account.path("name").asText("").isBlank()) {
            throw new InvalidLaunchRequestException("actor.account", "cmi5 needs an account with an http(s) homePage"
                    + " and a name");
        }
        for (String other : List.of("mbox", "mbox_sha1sum", "openid", "member")) {
            if (agent.has(other)) {
                throw new InvalidLaunchRequestException("actor." + other, "an actor is identified by its account only");
            }
        }
        ObjectNode clean = JsonNodeFactory.instance.objectNode();
        clean.put("objectType", "Agent");
        clean.putObject("account").put("homePage", account.get("homePage").asText())
                .put("name", account.get("name").asText());
        return clean;
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
