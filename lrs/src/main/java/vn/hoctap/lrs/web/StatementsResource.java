package vn.hoctap.lrs.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.attachment.AttachmentPart;
import vn.hoctap.lrs.attachment.MultipartMixed;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.statement.AgentIdentity;
import vn.hoctap.lrs.statement.StatementFormat;
import vn.hoctap.lrs.statement.StatementPage;
import vn.hoctap.lrs.statement.StoredStatement;
import vn.hoctap.lrs.statement.StatementQuery;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.validation.DocumentParameters;
import vn.hoctap.lrs.validation.XapiVersion;

/** The xAPI Statement resource: {@code PUT}, {@code POST}, {@code GET} and {@code HEAD} on {@code /xapi/statements}. */
@Path("xapi/statements")
@RequestScoped
@Tag(name = "xAPI")
public class StatementsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    StatementService statements;

    @Inject
    BasePath basePath;

    @Context
    ContainerRequestContext request;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** The parameters GET accepts (case matters: xAPI rejects any other spelling). */
    private static final Set<String> GET_PARAMETERS = Set.of("statementId", "voidedStatementId", "agent", "verb",
            "activity", "registration", "related_activities", "related_agents", "since", "until", "limit", "format",
            "attachments", "ascending", "cursor");

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Store one statement under the id given in statementId (JSON, or multipart/mixed with attachments)")
    public Response put(byte[] body) {
        allowOnly(Set.of("statementId"));
        String id = uri.getQueryParameters().getFirst("statementId");
        UUID statementId = uuid("statementId", id).orElseThrow(() ->
                new InvalidXapiRequestException("statementId", "is required for PUT: a UUID"));
        StatementBody parsed = StatementBody.of(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
        JsonNode statement = parsed.statements();
        if (!statement.isObject()) {
            throw new InvalidXapiRequestException("$", "must be one statement (a JSON object)");
        }
        statements.put(credential(), statementId, statement, XapiRequest.version(request), parsed.attachments());
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Store one statement or a batch (atomically); returns their ids")
    public Response post(byte[] body) {
        allowOnly(Set.of());
        StatementBody parsedBody = StatementBody.of(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
        JsonNode parsed = parsedBody.statements();
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
        List<UUID> ids = statements.store(credential(), batch, XapiRequest.version(request), parsedBody.attachments());
        return Response.ok(ids.stream().map(UUID::toString).toList(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Operation(summary = "One statement (statementId / voidedStatementId) or a page of statements matching filters")
    public Response get() {
        allowOnly(GET_PARAMETERS);
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Credential credential = credential();
        StatementFormat format = StatementFormat.EXACT;
        if (query.containsKey("format")) {
            format = StatementFormat.parse(query.getFirst("format")).orElseThrow(() ->
                    new InvalidXapiRequestException("format", "must be exact, ids or canonical"));
        }
        boolean withAttachments = flag(query, "attachments");
        String acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (query.containsKey("statementId") || query.containsKey("voidedStatementId")) {
            if (query.containsKey("statementId") && query.containsKey("voidedStatementId")) {
                throw new InvalidXapiRequestException("voidedStatementId", "cannot be combined with statementId");
            }
            boolean voided = query.containsKey("voidedStatementId");
            String name = voided ? "voidedStatementId" : "statementId";
            for (String other : query.keySet()) {
                if (!other.equals(name) && !other.equals("format") && !other.equals("attachments")) {
                    throw new InvalidXapiRequestException(other, "cannot be combined with " + name);
                }
            }
            UUID id = uuid(name, query.getFirst(name)).orElseThrow();
            StoredStatement stored = statements.storedById(credential, id, voided);
            String formatted = formatted(stored.json(), format, acceptLanguage);
            return respond(formatted, List.of(stored.json()), withAttachments, lastModified(Optional.of(stored.stored())));
        }
        flag(query, "related_activities");
        flag(query, "related_agents");
        flag(query, "ascending");
        StatementQuery filters = filters(query, credential);
        StatementPage page = statements.query(credential, filters);
        StringBuilder body = new StringBuilder("{\"statements\":[");
        StatementFormat chosen = format;
        body.append(page.statements().stream().map(json -> formatted(json, chosen, acceptLanguage))
                .collect(Collectors.joining(","))).append("],\"more\":\"");
        page.nextCursor().ifPresent(cursor -> body.append(moreLink(query, cursor)));
        body.append("\"}");
        return respond(body.toString(), page.statements(), withAttachments, lastModified(page.lastStored()));
    }

    @HEAD
    public Response head() {
        Response full = get();
        Response.ResponseBuilder head = Response.status(full.getStatus()).type(full.getMediaType());
        full.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> head.header(name, value));
            }
        });
        return head.build();
    }

    private Response respond(String json, List<String> statementJsons, boolean withAttachments,
            Optional<String> lastModified) {
        Response.ResponseBuilder response;
        if (withAttachments) {
            List<MultipartMixed.Part> parts = new ArrayList<>();
            parts.add(new MultipartMixed.Part(Map.of("Content-Type", "application/json"),
                    json.getBytes(StandardCharsets.UTF_8)));
            for (AttachmentPart attachment : statements.attachments(credential(), statementJsons)) {
                Map<String, String> partHeaders = new LinkedHashMap<>();
                partHeaders.put("Content-Type", attachment.contentType());
                partHeaders.put("Content-Transfer-Encoding", "binary");
                partHeaders.put("X-Experience-API-Hash", attachment.sha2());
                parts.add(new MultipartMixed.Part(partHeaders, attachment.content()));
            }
            Map.Entry<String, byte[]> multipart = MultipartMixed.write(parts);
            response = Response.ok(multipart.getValue(), multipart.getKey());
        } else {
            response = Response.ok(json, MediaType.APPLICATION_JSON);
        }
        lastModified.ifPresent(value -> response.header(HttpHeaders.LAST_MODIFIED, value));
        return response.build();
    }

    private static String formatted(String json, StatementFormat format, String acceptLanguage) {
        if (format == StatementFormat.EXACT) {
            return json;
        }
        return format.apply(StrictJson.parse(json), acceptLanguage).toString();
    }

    /** The latest {@code stored} of the statements answered, as an HTTP date. */
    private static Optional<String> lastModified(Optional<OffsetDateTime> lastStored) {
        return lastStored.map(stored -> DateTimeFormatter.RFC_1123_DATE_TIME.format(
                stored.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private void allowOnly(Set<String> allowed) {
        for (String name : uri.getQueryParameters().keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidXapiRequestException(name, "is not a parameter of this request"
                        + (allowed.isEmpty() ? "" : " (parameters: " + String.join(", ", new TreeSet<>(allowed)) + ")"));
            }
        }
    }

    /** A true/false parameter (absent: false). */
    private static boolean flag(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidXapiRequestException(name, "must be true or false");
        }
        return value.equals("true");
    }

    private StatementQuery filters(MultivaluedMap<String, String> query, Credential credential) {
        List<Violation> violations = new ArrayList<>();
        Optional<String> agent = Optional.ofNullable(query.getFirst("agent")).map(text -> {
            // GET /statements takes "an Agent or identified Group" in 1.0.3 as in 2.0.0 (unlike the document
            // resources of 1.0.3), so the 2.0.0 rule applies to every version here.
            List<Violation> agentViolations = DocumentParameters.agent(text, XapiVersion.V2_0_0);
            if (!agentViolations.isEmpty()) {
                violations.addAll(agentViolations);
                return null;
            }
            return AgentIdentity.of(StrictJson.parseObject(text)).orElse(null);
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
        return uri.getBaseUri().getRawPath().replaceAll("/$", "") + basePath.path() + "/statements?"
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

    private Credential credential() {
        return XapiRequest.credential(request);
    }
}
