package vn.hoctap.lrs.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.error.ScopeException;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.validation.DocumentParameters;

/** {@code GET /xapi/activities} (an activity's latest definition) and {@code GET /xapi/agents} (a Person). */
@Path("xapi")
@RequestScoped
@Tag(name = "xAPI")
@Produces(MediaType.APPLICATION_JSON)
public class ActivitiesAndAgentsResource {

    @Inject
    StatementService statements;

    @Context
    ContainerRequestContext request;

    @GET
    @Path("activities")
    @Operation(summary = "The activity with the latest definition statements gave it")
    public ObjectNode activity(@QueryParam("activityId") String activityId) {
        List<Violation> violations = DocumentParameters.activityId(activityId);
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        return statements.activity(XapiRequest.credential(request), activityId);
    }

    @GET
    @Path("agents")
    @Operation(summary = "The Person object of an agent: every identifier as an array")
    public ObjectNode person(@QueryParam("agent") String agent) {
        List<Violation> violations = DocumentParameters.agent(agent, XapiRequest.version(request));
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        if (!XapiRequest.credential(request).permissions().canReadAllStatements()
                && !XapiRequest.credential(request).permissions().canReadProfiles()) {
            throw new ScopeException("all/read, statements/read, profile or all");
        }
        JsonNode given = StrictJson.parseObject(agent);
        ObjectNode person = JsonNodeFactory.instance.objectNode();
        person.put("objectType", "Person");
        for (String property : List.of("name", "mbox", "mbox_sha1sum", "openid", "account")) {
            if (given.has(property)) {
                person.putArray(property).add(given.get(property));
            }
        }
        return person;
    }
}
