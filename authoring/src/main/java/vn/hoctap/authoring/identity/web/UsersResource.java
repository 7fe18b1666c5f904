package vn.hoctap.authoring.identity.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.core.error.ApiError.Violation;

/** Administrators manage the staff accounts: authors, reviewers and other administrators. */
@Path("api/admin/users")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Staff accounts (administrators only)")
public class UsersResource {

    @Inject
    UserDirectory directory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user", description = "400 lists every invalid field; 409 when the username is taken.")
    public Response create(CreateUserRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new Violation("$",
                    "a JSON body with username, displayName, password and roles is required")));
        }
        UserView created = UserView.of(directory.create(request.toNewUser()));
        return Response.created(URI.create("/api/admin/users/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List users, ordered by username")
    public List<UserView> list() {
        return directory.all().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one user")
    public UserView read(@PathParam("id") UUID id) {
        return UserView.of(directory.byId(id));
    }
}
