package vn.hoctap.lrs.app;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.store.StoreAdministration;

/**
 * Lets only app clients through to {@link AppClient} resources: without credentials (or with wrong ones) 401 with
 * a Basic challenge; signed in as anyone else (staff, an xAPI credential) 403.
 */
@Provider
@AppClient
@Priority(Priorities.AUTHORIZATION)
public class AppClientFilter implements ContainerRequestFilter {

    private static final String CREDENTIAL = AppClientFilter.class.getName() + ".credential";

    @Inject
    StoreAdministration administration;

    @Override
    public void filter(ContainerRequestContext request) {
        var principal = request.getSecurityContext().getUserPrincipal();
        if (principal == null) {
            throw new NotAuthorizedException("Sign in with the key and secret of an app client (HTTP Basic).",
                    "Basic realm=\"hoctap\"");
        }
        Credential credential = administration.activeCredential(principal.getName())
                .filter(c -> c.scopes().contains(Scope.APP))
                .orElseThrow(() -> new ForbiddenException("Only app clients (LRS credentials with the scope app)"
                        + " may call the app endpoints."));
        request.setProperty(CREDENTIAL, credential);
    }

    /** The app client's credential of a request that passed this filter. */
    public static Credential credential(ContainerRequestContext request) {
        return (Credential) request.getProperty(CREDENTIAL);
    }
}
