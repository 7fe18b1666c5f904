package vn.hoctap.lrs.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.IssuedCredential;
import vn.hoctap.lrs.store.LrsStore;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.store.StoreAdministration;

/** Administrators manage LRS stores and their credentials. A secret is shown once, when issued or rotated. */
@Path("api/admin/lrs/stores")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "LRS administration", description = "Stores (tenants) and their xAPI credentials (administrators only)")
public class LrsAdministrationResource {

    @Inject
    StoreAdministration administration;

    public record NewStore(String name) {
    }

    public record NewCredential(String label, List<String> scopes) {
    }

    public record StoreView(String id, String name, String createdAt) {
        static StoreView of(LrsStore store) {
            return new StoreView(store.id().toString(), store.name(), store.createdAt().toString());
        }
    }

    public record CredentialView(String id, String storeId, String label, String key, List<String> scopes,
            String createdAt, String revokedAt, String secret) {
        static CredentialView of(Credential c, String secret) {
            return new CredentialView(c.id().toString(), c.storeId().toString(), c.label(), c.key(),
                    c.scopes().stream().sorted().map(Scope::scopeName).toList(), c.createdAt().toString(),
                    c.revokedAt().map(Object::toString).orElse(null), secret);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a store")
    public Response createStore(NewStore body) {
        StoreView store = StoreView.of(administration.createStore(body == null ? null : body.name()));
        return Response.created(URI.create("/api/admin/lrs/stores/" + store.id())).entity(store).build();
    }

    @GET
    @Operation(summary = "List stores")
    public List<StoreView> stores() {
        return administration.stores().stream().map(StoreView::of).toList();
    }

    @POST
    @Path("{store}/credentials")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a credential; the response is the only time its secret is shown")
    public Response issue(@PathParam("store") UUID store, NewCredential body) {
        IssuedCredential issued = administration.issueCredential(store, body == null ? null : body.label(),
                scopes(body == null ? null : body.scopes()));
        CredentialView view = CredentialView.of(issued.credential(), issued.secret());
        return Response.created(URI.create("/api/admin/lrs/stores/" + store + "/credentials/" + view.id()))
                .entity(view).build();
    }

    @GET
    @Path("{store}/credentials")
    @Operation(summary = "List a store's credentials (never their secrets)")
    public List<CredentialView> credentials(@PathParam("store") UUID store) {
        return administration.credentials(store).stream().map(c -> CredentialView.of(c, null)).toList();
    }

    @POST
    @Path("{store}/credentials/{credential}/rotate")
    @Operation(summary = "Give a credential a new secret; the old one stops working at once")
    public CredentialView rotate(@PathParam("store") UUID store, @PathParam("credential") UUID credential) {
        IssuedCredential rotated = administration.rotate(store, credential);
        return CredentialView.of(rotated.credential(), rotated.secret());
    }

    @DELETE
    @Path("{store}/credentials/{credential}")
    @Operation(summary = "Revoke a credential")
    public CredentialView revoke(@PathParam("store") UUID store, @PathParam("credential") UUID credential) {
        return CredentialView.of(administration.revoke(store, credential), null);
    }

    private static Set<Scope> scopes(List<String> names) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        List<Violation> violations = new ArrayList<>();
        List<String> given = names == null ? List.of() : names;
        for (int i = 0; i < given.size(); i++) {
            try {
                scopes.add(Scope.ofName(given.get(i)));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("scopes[" + i + "]", e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        return scopes;
    }
}
