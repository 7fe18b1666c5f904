package vn.hoctap.lrs.progress;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.document.Document;
import vn.hoctap.lrs.document.DocumentScope;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.error.NotFoundException;
import vn.hoctap.lrs.error.ScopeException;
import vn.hoctap.lrs.json.InvalidJsonException;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.pseudonym.LearnerIds;
import vn.hoctap.lrs.pseudonym.Pseudonyms;
import vn.hoctap.lrs.statement.StatementPage;
import vn.hoctap.lrs.statement.StatementQuery;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.validation.DocumentParameters;

/**
 * A learner's progress in a course for an app client: the learner's statements that mention the course (one
 * indexed query: agent = the learner's pseudonymous agent as actor, activity = the course anywhere, paged by
 * keyset), summed up by {@link ProgressCalculator}, plus the state document {@value #RESUME_STATE_ID} the player
 * wrote for the lesson to resume (looked up with the registration of that lesson's latest statement, then without
 * one). Only statements of the app client's own store count; voided statements do not.
 */
public final class ProgressService {

    /** The state id under which the player keeps a lesson's resume point. */
    public static final String RESUME_STATE_ID = "resume";

    private static final int PAGE = 500;

    private final StatementService statements;
    private final DocumentService documents;
    private final Pseudonyms pseudonyms;
    private final ProgressCalculator calculator = new ProgressCalculator();

    public ProgressService(StatementService statements, DocumentService documents, Pseudonyms pseudonyms) {
        this.statements = statements;
        this.documents = documents;
        this.pseudonyms = pseudonyms;
    }

    /**
     * @param app       the app client's credential (scope {@code app})
     * @param learnerId the app's account id of the learner
     * @param courseId  the course's activity IRI
     * @throws InvalidXapiRequestException when the learner id or the course IRI is unusable
     * @throws ScopeException              when the credential is not an app client
     */
    public CourseProgress progress(Credential app, String learnerId, String courseId) {
        if (!app.scopes().contains(Scope.APP)) {
            throw new ScopeException("app");
        }
        List<Violation> violations = new ArrayList<>(LearnerIds.check("learner", learnerId));
        DocumentParameters.activityId(courseId).forEach(v -> violations.add(new Violation("course", v.message())));
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        Credential reader = app.withScopes(EnumSet.of(Scope.STATEMENTS_READ, Scope.STATE));
        String agentIfi = pseudonyms.agentIfi(learnerId);
        List<JsonNode> found = new ArrayList<>();
        OptionalLong cursor = OptionalLong.empty();
        do {
            StatementPage page = statements.query(reader, new StatementQuery(Optional.of(agentIfi), Optional.empty(),
                    Optional.of(courseId), Optional.empty(), true, false, Optional.empty(), Optional.empty(), true,
                    PAGE, Optional.empty(), cursor));
            page.statements().forEach(json -> found.add(StrictJson.parse(json)));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        CourseProgress progress = calculator.calculate(courseId, found);
        return progress.withResume(progress.resume().map(resume -> {
            Optional<UUID> registration = progress.lessons().get(0).registration();
            Optional<JsonNode> state = resumeState(reader, resume.lessonId(), agentIfi, registration);
            if (state.isEmpty() && registration.isPresent()) {
                state = resumeState(reader, resume.lessonId(), agentIfi, Optional.empty());
            }
            return new CourseProgress.Resume(resume.lessonId(), resume.at(), resume.progress(), state);
        }));
    }

    private Optional<JsonNode> resumeState(Credential reader, String lessonId, String agentIfi,
            Optional<UUID> registration) {
        try {
            Document document = documents.get(reader, DocumentScope.state(lessonId, agentIfi, registration),
                    RESUME_STATE_ID);
            String text = new String(document.content(), StandardCharsets.UTF_8);
            if (document.isJson()) {
                try {
                    return Optional.of(StrictJson.parse(text));
                } catch (InvalidJsonException notJson) {
                    // returned as text below
                }
            }
            return Optional.of(JsonNodeFactory.instance.textNode(text));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }
}
