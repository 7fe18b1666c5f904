package vn.hoctap.lrs.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.document.Document;
import vn.hoctap.lrs.document.DocumentKind;
import vn.hoctap.lrs.document.DocumentScope;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.document.Preconditions;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.statement.AgentIdentity;
import vn.hoctap.lrs.validation.DocumentParameters;
import vn.hoctap.lrs.validation.XapiVersion;

/** The xAPI document resources: State, Activity Profile and Agent Profile. */
@Path("xapi")
@RequestScoped
@Tag(name = "xAPI")
public class DocumentsResource {

    @Inject
    DocumentService documents;

    @Context
    ContainerRequestContext request;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("activities/state")
    @Operation(summary = "One state document (stateId) or the ids of the states of an activity and agent")
    public Response getState() {
        return get(DocumentKind.STATE, "stateId");
    }

    @PUT
    @Path("activities/state")
    @Consumes(MediaType.WILDCARD)
    public Response putState(byte[] body) {
        return write(DocumentKind.STATE, "stateId", body, false);
    }

    @POST
    @Path("activities/state")
    @Consumes(MediaType.WILDCARD)
    public Response postState(byte[] body) {
        return write(DocumentKind.STATE, "stateId", body, true);
    }

    @DELETE
    @Path("activities/state")
    public Response deleteState() {
        return delete(DocumentKind.STATE, "stateId");
    }

    @GET
    @Path("activities/profile")
    @Operation(summary = "One activity profile (profileId) or the ids of an activity's profiles")
    public Response getActivityProfile() {
        return get(DocumentKind.ACTIVITY_PROFILE, "profileId");
    }

    @PUT
    @Path("activities/profile")
    @Consumes(MediaType.WILDCARD)
    public Response putActivityProfile(byte[] body) {
        return write(DocumentKind.ACTIVITY_PROFILE, "profileId", body, false);
    }

    @POST
    @Path("activities/profile")
    @Consumes(MediaType.WILDCARD)
    public Response postActivityProfile(byte[] body) {
        return write(DocumentKind.ACTIVITY_PROFILE, "profileId", body, true);
    }

    @DELETE
    @Path("activities/profile")
    public Response deleteActivityProfile() {
        return delete(DocumentKind.ACTIVITY_PROFILE, "profileId");
    }

    @GET
    @Path("agents/profile")
    @Operation(summary = "One agent profile (profileId) or the ids of an agent's profiles")
    public Response getAgentProfile() {
        return get(DocumentKind.AGENT_PROFILE, "profileId");
    }

    @PUT
    @Path("agents/profile")
    @Consumes(MediaType.WILDCARD)
    public Response putAgentProfile(byte[] body) {
        return write(DocumentKind.AGENT_PROFILE, "profileId", body, false);
    }

    @POST
    @Path("agents/profile")
    @Consumes(MediaType.WILDCARD)
    public Response postAgentProfile(byte[] body) {
        return write(DocumentKind.AGENT_PROFILE, "profileId", body, true);
    }

    @DELETE
    @Path("agents/profile")
    public Response deleteAgentProfile() {
        return delete(DocumentKind.AGENT_PROFILE, "profileId");
    }

    private Response get(DocumentKind kind, String idParameter) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        DocumentScope scope = scope(kind, query);
        String documentId = query.getFirst(idParameter);
        if (documentId != null) {
            Document document = documents.get(XapiRequest.credential(request), scope, documentId);
            return Response.ok(document.content(), document.contentType())
                    .header("ETag", "\"" + document.etag() + "\"")
                    .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(document.updated()))
                    .build();
        }
        Optional<OffsetDateTime> since = Optional.empty();
        String sinceText = query.getFirst("since");
        if (sinceText != null) {
            List<Violation> violations = DocumentParameters.since(sinceText, version());
            if (!violations.isEmpty()) {
                throw new InvalidXapiRequestException(violations);
            }
            since = Optional.of(OffsetDateTime.parse(sinceText).withOffsetSameInstant(ZoneOffset.UTC));
        }
        return Response.ok(documents.ids(XapiRequest.credential(request), scope, since), MediaType.APPLICATION_JSON).build();
    }

    private Response write(DocumentKind kind, String idParameter, byte[] body, boolean merge) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        DocumentScope scope = scope(kind, query);
        String documentId = requiredDocumentId(query, idParameter);
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        byte[] content = body == null ? new byte[0] : body;
        Document stored = merge
                ? documents.post(XapiRequest.credential(request), scope, documentId, content, contentType, preconditions(), version())
                : documents.put(XapiRequest.credential(request), scope, documentId, content, contentType, preconditions(), version());
        return Response.noContent().header("ETag", "\"" + stored.etag() + "\"").build();
    }

    private Response delete(DocumentKind kind, String idParameter) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        DocumentScope scope = scope(kind, query);
        String documentId = query.getFirst(idParameter);
        if (documentId == null) {
            if (kind != DocumentKind.STATE) {
                throw new InvalidXapiRequestException(idParameter, "is required");
            }
            documents.deleteAll(XapiRequest.credential(request), scope);
        } else {
            documents.delete(XapiRequest.credential(request), scope, documentId, preconditions());
        }
        return Response.noContent().build();
    }

    private DocumentScope scope(DocumentKind kind, MultivaluedMap<String, String> query) {
        List<Violation> violations = new ArrayList<>();
        String activityId = query.getFirst("activityId");
        String agent = query.getFirst("agent");
        String registration = query.getFirst("registration");
        if (kind != DocumentKind.AGENT_PROFILE) {
            violations.addAll(DocumentParameters.activityId(activityId));
        }
        if (kind != DocumentKind.ACTIVITY_PROFILE) {
            violations.addAll(DocumentParameters.agent(agent, version()));
        }
        if (kind == DocumentKind.STATE && registration != null) {
            violations.addAll(DocumentParameters.registration(registration));
        }
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        String ifi = kind == DocumentKind.ACTIVITY_PROFILE ? ""
                : AgentIdentity.of(StrictJson.parseObject(agent)).orElseThrow();
        return switch (kind) {
            case STATE -> DocumentScope.state(activityId, ifi,
                    Optional.ofNullable(registration).map(r -> UUID.fromString(r.toLowerCase())));
            case ACTIVITY_PROFILE -> DocumentScope.activityProfile(activityId);
            case AGENT_PROFILE -> DocumentScope.agentProfile(ifi);
        };
    }

    private static String requiredDocumentId(MultivaluedMap<String, String> query, String idParameter) {
        String documentId = query.getFirst(idParameter);
        List<Violation> violations = DocumentParameters.documentId(idParameter, documentId);
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        return documentId;
    }

    private Preconditions preconditions() {
        return new Preconditions(Optional.ofNullable(headers.getHeaderString("If-Match")),
                Optional.ofNullable(headers.getHeaderString("If-None-Match")));
    }

    private XapiVersion version() {
        return XapiRequest.version(request);
    }
}
