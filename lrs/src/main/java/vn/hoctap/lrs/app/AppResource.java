package vn.hoctap.lrs.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.progress.CourseProgress;
import vn.hoctap.lrs.progress.LessonProgress;
import vn.hoctap.lrs.progress.ProgressService;
import vn.hoctap.lrs.pseudonym.LearnerIds;
import vn.hoctap.lrs.pseudonym.Pseudonyms;
import vn.hoctap.lrs.sync.StateWrite;
import vn.hoctap.lrs.sync.SyncOutcome;
import vn.hoctap.lrs.sync.SyncResult;
import vn.hoctap.lrs.sync.SyncService;
import vn.hoctap.lrs.sync.SyncStatus;
import vn.hoctap.lrs.validation.XapiVersion;

/**
 * The app's learning-record endpoints (app clients only, see {@link AppClient}): offline sync of statements and
 * state documents, a learner's progress in a course, and a learner's pseudonymous agent.
 */
@Path("api/app")
@RequestScoped
@AppClient
@Tag(name = "App")
public class AppResource {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> SYNC_PROPERTIES = Set.of("learner", "statements", "states");
    private static final Set<String> STATE_PROPERTIES = Set.of("activityId", "registration", "stateId", "document");

    @Inject
    SyncService sync;

    @Inject
    ProgressService progress;

    @Inject
    Pseudonyms pseudonyms;

    @Context
    ContainerRequestContext request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("sync")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a learner's queue of statements (and state documents) recorded offline",
            description = "Body: {\"learner\": <the app's account id>, \"statements\": [...], \"states\": [{\"activityId\","
                    + " \"registration\", \"stateId\", \"document\"}]}. Each statement needs a client-generated id."
                    + " Answers 200 with one outcome per item (stored, already_stored, rejected with the reason and"
                    + " JSON paths): one bad statement never blocks the rest, and a repeat is harmless. The actor is"
                    + " set to the learner's pseudonymous agent; a statement naming anyone else is rejected.")
    public Response sync(byte[] body) {
        ObjectNode parsed = StrictJson.parseObject(new String(body == null ? new byte[0] : body,
                java.nio.charset.StandardCharsets.UTF_8));
        List<Violation> violations = new ArrayList<>();
        parsed.fieldNames().forEachRemaining(name -> {
            if (!SYNC_PROPERTIES.contains(name)) {
                violations.add(new Violation("$." + name, "is not a sync property: send learner, statements, states"));
            }
        });
        JsonNode learner = parsed.path("learner");
        if (!learner.isTextual()) {
            violations.add(new Violation("$.learner", "is required: the app's account id of the learner, a string"));
        }
        List<JsonNode> statements = list(parsed, "statements", violations);
        List<StateWrite> states = new ArrayList<>();
        List<JsonNode> stateNodes = list(parsed, "states", violations);
        for (int i = 0; i < stateNodes.size(); i++) {
            states.add(state(stateNodes.get(i), "$.states[" + i + "]", violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        SyncResult result = sync.sync(AppClientFilter.credential(request), learner.textValue(), statements, states,
                version());
        ObjectNode answer = NODES.objectNode();
        answer.set("learner", result.learner());
        answer.set("statements", outcomes(result.statements()));
        answer.set("states", outcomes(result.states()));
        ObjectNode summary = answer.putObject("summary");
        for (SyncStatus status : SyncStatus.values()) {
            summary.put(status.wireName(), result.count(status));
        }
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A learner's progress in a course: lessons completed, scores, passed, and where to resume")
    public Response progress(@QueryParam("learner") String learner, @QueryParam("course") String course) {
        CourseProgress found = progress.progress(AppClientFilter.credential(request), learner, course);
        ObjectNode answer = NODES.objectNode();
        answer.set("learner", pseudonyms.agent(learner));
        answer.put("course", found.courseId());
        answer.put("completed", found.completed());
        putOptional(answer, "passed", found.passed().map(NODES::booleanNode));
        putOptional(answer, "lastActivity", found.lastActivity().map(t -> NODES.textNode(t.toString())));
        answer.put("completedLessons", found.completedLessons());
        ArrayNode lessons = answer.putArray("lessons");
        for (LessonProgress lesson : found.lessons()) {
            ObjectNode node = lessons.addObject();
            node.put("id", lesson.lessonId());
            putOptional(node, "name", lesson.name());
            node.put("completed", lesson.completed());
            putOptional(node, "passed", lesson.passed().map(NODES::booleanNode));
            putOptional(node, "score", lesson.score());
            putOptional(node, "bestScaled", lesson.bestScaled().map(NODES::numberNode));
            putOptional(node, "progress", lesson.progress().map(NODES::numberNode));
            node.put("lastVerb", lesson.lastVerb());
            node.put("lastActivity", lesson.lastActivity().toString());
            putOptional(node, "registration", lesson.registration().map(r -> NODES.textNode(r.toString())));
        }
        putOptional(answer, "resume", found.resume().map(resume -> {
            ObjectNode node = NODES.objectNode();
            node.put("lesson", resume.lessonId());
            node.put("at", resume.at().toString());
            putOptional(node, "progress", resume.progress().map(NODES::numberNode));
            putOptional(node, "state", resume.state());
            return node;
        }));
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("learner")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A learner's pseudonymous xAPI agent, for launching content online with the right actor")
    public Response learner(@QueryParam("learner") String learner) {
        List<Violation> violations = LearnerIds.check("learner", learner);
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        ObjectNode answer = NODES.objectNode();
        answer.set("agent", pseudonyms.agent(learner));
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON).build();
    }

    private XapiVersion version() {
        String header = headers.getHeaderString("X-Experience-API-Version");
        if (header == null) {
            return XapiVersion.V1_0_x;
        }
        return XapiVersion.parse(header).orElseThrow(() -> new InvalidXapiRequestException(
                "X-Experience-API-Version", "'" + header + "' is not supported: send 1.0.3 or 2.0.0, or leave it out"));
    }

    private static List<JsonNode> list(ObjectNode body, String name, List<Violation> violations) {
        JsonNode node = body.get(name);
        List<JsonNode> items = new ArrayList<>();
        if (node == null) {
            return items;
        }
        if (!node.isArray()) {
            violations.add(new Violation("$." + name, "must be an array"));
            return items;
        }
        node.forEach(items::add);
        return items;
    }

    private static StateWrite state(JsonNode node, String path, List<Violation> violations) {
        if (!node.isObject()) {
            violations.add(new Violation(path, "must be an object with activityId, stateId, document and optionally"
                    + " registration"));
            return null;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!STATE_PROPERTIES.contains(name)) {
                violations.add(new Violation(path + "." + name, "is not a state property: send activityId,"
                        + " registration, stateId, document"));
            }
        });
        for (String text : List.of("activityId", "stateId", "registration")) {
            if (node.has(text) && !node.get(text).isTextual()) {
                violations.add(new Violation(path + "." + text, "must be a string"));
            }
        }
        return new StateWrite(node.path("activityId").asText(null), Optional.ofNullable(node.path("registration")
                .asText(null)), node.path("stateId").asText(null), node.path("document"));
    }

    private static ArrayNode outcomes(List<SyncOutcome> outcomes) {
        ArrayNode array = NODES.arrayNode();
        for (SyncOutcome outcome : outcomes) {
            ObjectNode node = array.addObject();
            node.put("index", outcome.index());
            outcome.id().ifPresent(id -> node.put("id", id.toString()));
            node.put("result", outcome.status().wireName());
            outcome.message().ifPresent(message -> node.put("reason", message));
            if (!outcome.violations().isEmpty()) {
                ArrayNode violations = node.putArray("violations");
                outcome.violations().forEach(v -> violations.addObject().put("path", v.path()).put("message", v.message()));
            }
        }
        return array;
    }

    private static void putOptional(ObjectNode node, String name, Optional<? extends JsonNode> value) {
        node.set(name, value.isPresent() ? value.get() : NODES.nullNode());
    }
}
