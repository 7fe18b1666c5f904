package vn.hoctap.server.security;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@code @RolesAllowed} on JAX-RS resources (method annotation wins over the class's; {@code @PermitAll}
 * on a method opens it): no credentials gives 401 with a Basic challenge, credentials without one of the roles
 * give 403.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = rolesOf(resource.getResourceMethod());
        if (allowed == null) {
            allowed = rolesOf(resource.getResourceClass());
        }
        if (allowed != null) {
            context.register(new Filter(allowed.value()));
        }
    }

    private static RolesAllowed rolesOf(AnnotatedElement element) {
        return element.getAnnotation(RolesAllowed.class);
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {

        private final String[] roles;

        Filter(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Sign in with HTTP Basic credentials.",
                        "Basic realm=\"" + SecurityConfiguration.REALM + "\"");
            }
            if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                throw new ForbiddenException("This needs one of the roles " + Arrays.toString(roles) + ".");
            }
        }
    }
}
