package vn.hoctap.server.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic authentication over the identity stores the modules contribute (staff users from authoring; more
 * stores come with the LRS). The group names an identity store returns are the role names, mapped one-to-one in
 * {@code WEB-INF/glassfish-web.xml}. Which endpoints need which role is declared on the resources with
 * {@code @RolesAllowed} and enforced by {@link RoleCheck}.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = SecurityConfiguration.REALM)
@DeclareRoles({"admin", "author", "reviewer"})
public class SecurityConfiguration {

    public static final String REALM = "hoctap";
}
