package vn.hoctap.lrs.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.json.InvalidJsonException;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.statement.AgentIdentity;
import vn.hoctap.lrs.statement.StatementPage;
import vn.hoctap.lrs.statement.StatementQuery;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;

/** The xAPI Statement resource: {@code PUT}, {@code POST}, {@code GET} and {@code HEAD} on {@code /xapi/statements}. */
@Path("xapi/statements")
@RequestScoped
@Tag(name = "xAPI")
public class StatementsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    StatementService statements;

    @Context
    ContainerRequestContext request;

    @Context
    UriInfo uri;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store one statement under the id given in statementId")
    public Response put(String body) {
        String id = uri.getQueryParameters().getFirst("statementId");
        UUID statementId = uuid("statementId", id).orElseThrow(() ->
                new InvalidXapiRequestException("statementId", "is required for PUT: a UUID"));
        JsonNode statement = StrictJson.parseObject(requireBody(body));
        statements.put(credential(), statementId, statement, XapiRequest.version(request));
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store one statement or a batch (atomically); returns their ids")
    public Response post(String body) {
        JsonNode parsed = StrictJson.parseObjectOrArray(requireBody(body));
        List<JsonNode> batch = new ArrayList<>();
        if (parsed.isArray()) {
            parsed.forEach(batch::add);
        } else {
            batch.add(parsed);
        }
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!batch.get(i).isObject()) {
                violations.add(parsed.isArray() ? "$[" + i + "]" : "$");
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations.stream()
                    .map(path -> new Violation(path, "must be a statement (a JSON object)")).toList());
        }
        List<UUID> ids = statements.store(credential(), batch, XapiRequest.version(request));
        return Response.ok(ids.stream().map(UUID::toString).toList(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Operation(summary = "One statement (statementId / voidedStatementId) or a page of statements matching filters")
    public Response get() {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Credential credential = credential();
        if (query.containsKey("statementId") || query.containsKey("voidedStatementId")) {
            boolean voided = query.containsKey("voidedStatementId");
            String name = voided ? "voidedStatementId" : "statementId";
            for (String other : query.keySet()) {
                if (!other.equals(name) && !other.equals("format") && !other.equals("attachments")) {
                    throw new InvalidXapiRequestException(other, "cannot be combined with " + name);
                }
            }
            UUID id = uuid(name, query.getFirst(name)).orElseThrow();
            String json = statements.byId(credential, id, voided);
            return Response.ok(json, MediaType.APPLICATION_JSON).build();
        }
        StatementQuery filters = filters(query, credential);
        StatementPage page = statements.query(credential, filters);
        StringBuilder body = new StringBuilder("{\"statements\":[");
        body.append(String.join(",", page.statements())).append("],\"more\":\"");
        page.nextCursor().ifPresent(cursor -> body.append(moreLink(query, cursor)));
        body.append("\"}");
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON).build();
    }

    @HEAD
    public Response head() {
        Response full = get();
        return Response.status(full.getStatus()).type(full.getMediaType()).build();
    }

    private StatementQuery filters(MultivaluedMap<String, String> query, Credential credential) {
        List<Violation> violations = new ArrayList<>();
        Optional<String> agent = Optional.ofNullable(query.getFirst("agent")).map(text -> {
            try {
                Optional<String> ifi = AgentIdentity.of(StrictJson.parseObject(text));
                if (ifi.isEmpty()) {
                    violations.add(new Violation("agent", "must be an Agent or identified Group with one identifier"));
                }
                return ifi.orElse(null);
            } catch (InvalidJsonException e) {
                violations.add(new Violation("agent", "must be JSON: an Agent such as {\"mbox\":\"mailto:lan@example.org\"}"));
                return null;
            }
        });
        Optional<UUID> registration = Optional.ofNullable(query.getFirst("registration")).flatMap(text -> {
            Optional<UUID> parsed = StatementIds.parse(text);
            if (parsed.isEmpty()) {
                violations.add(new Violation("registration", "must be a UUID"));
            }
            return parsed;
        });
        Optional<OffsetDateTime> since = timestamp("since", query.getFirst("since"), violations);
        Optional<OffsetDateTime> until = timestamp("until", query.getFirst("until"), violations);
        int limit = DEFAULT_LIMIT;
        if (query.containsKey("limit")) {
            try {
                int asked = Integer.parseInt(query.getFirst("limit"));
                if (asked < 0) {
                    throw new NumberFormatException();
                }
                limit = asked == 0 ? DEFAULT_LIMIT : Math.min(asked, MAX_LIMIT);
            } catch (NumberFormatException e) {
                violations.add(new Violation("limit", "must be a whole number ≥ 0 (0 means the server's default)"));
            }
        }
        OptionalLong cursor = OptionalLong.empty();
        if (query.containsKey("cursor")) {
            try {
                cursor = OptionalLong.of(Long.parseLong(query.getFirst("cursor")));
            } catch (NumberFormatException e) {
                violations.add(new Violation("cursor", "is not a cursor this LRS gave in a more link"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        return new StatementQuery(agent, Optional.ofNullable(query.getFirst("verb")),
                Optional.ofNullable(query.getFirst("activity")), registration,
                "true".equals(query.getFirst("related_activities")), "true".equals(query.getFirst("related_agents")),
                since, until, "true".equals(query.getFirst("ascending")), limit, Optional.empty(), cursor);
    }

    /** The next page: an absolute path from the host root (some clients resolve it against the endpoint's host). */
    private String moreLink(MultivaluedMap<String, String> query, long cursor) {
        String parameters = query.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("cursor"))
                .flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return uri.getBaseUri().getRawPath().replaceAll("/$", "") + "/xapi/statements?"
                + (parameters.isEmpty() ? "" : parameters + "&") + "cursor=" + cursor;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Optional<OffsetDateTime> timestamp(String name, String text, List<Violation> violations) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            violations.add(new Violation(name, "must be an ISO 8601 timestamp with a time zone, e.g. 2026-11-30T08:00:00Z"));
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String name, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(StatementIds.parse(text).orElseThrow(() -> new InvalidXapiRequestException(name, "must be a UUID")));
    }

    private static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidXapiRequestException("$", "the request body is empty: send a statement or an array of statements");
        }
        return body;
    }

    private Credential credential() {
        return XapiRequest.credential(request);
    }
}
