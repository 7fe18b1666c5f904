package vn.hoctap.authoring.identity.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in staff user. */
@Path("api/me")
@RequestScoped
@RolesAllowed({"admin", "author", "reviewer"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {

    @Inject
    UserDirectory directory;

    @GET
    @Operation(summary = "Who am I: the signed-in user and their roles")
    public UserView me(@Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        return directory.byUsername(name).map(UserView::of)
                .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"hoctap\""));
    }
}
