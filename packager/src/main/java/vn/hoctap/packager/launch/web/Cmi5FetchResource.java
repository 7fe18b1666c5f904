package vn.hoctap.packager.launch.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.packager.launch.Cmi5Launches;

/**
 * The cmi5 fetch URL (cmi5 §8.2): the AU POSTs to it once and gets {@code {"auth-token": ...}}, the Basic token of
 * its session's LRS credential; every later call gets {@code {"error-code":"1", ...}} (200, as cmi5 says).
 */
@Path("api/cmi5/fetch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cmi5")
public class Cmi5FetchResource {

    @Inject
    Cmi5Launches launches;

    @POST
    @Path("{token}")
    @Operation(summary = "The one-time fetch URL of a launch (no sign-in: the token in the path is the secret)")
    public Response fetch(@PathParam("token") String token) {
        Cmi5Launches.FetchAnswer answer = launches.fetch(token);
        Map<String, String> body = new LinkedHashMap<>();
        if (answer.authToken().isPresent()) {
            body.put("auth-token", answer.authToken().get());
        } else {
            body.put("error-code", answer.errorCode());
            body.put("error-text", answer.errorText());
        }
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }
}
