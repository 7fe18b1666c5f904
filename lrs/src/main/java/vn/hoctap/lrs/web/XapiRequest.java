package vn.hoctap.lrs.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.validation.XapiVersion;

/**
 * What every xAPI request goes through (except {@code /xapi/about}): a supported
 * {@code X-Experience-API-Version} (1.0.0 to 1.0.3, 2.0.0), and an active LRS credential signed in with HTTP
 * Basic, which resources read with {@link #credential(ContainerRequestContext)}. Every xAPI response carries the
 * version the LRS speaks for that request.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class XapiRequest implements ContainerRequestFilter, ContainerResponseFilter {

    static final String VERSION_HEADER = "X-Experience-API-Version";
    private static final String CREDENTIAL = XapiRequest.class.getName() + ".credential";
    private static final String VERSION = XapiRequest.class.getName() + ".version";

    /**
     * The version announced on responses to requests that named none (or an unsupported one) when their
     * credential has named none lately ({@link SpokenVersions}): nothing in such a request says which version its
     * client speaks, so the operator chooses. xAPI 1.0.3 and 2.0.0 clients each expect their own version there.
     */
    @Inject
    @ConfigProperty(name = "hoctap.lrs.unversioned-answer", defaultValue = "1.0.3")
    String unversionedAnswer;

    @Inject
    StoreAdministration administration;

    @Inject
    SignedInCredential signedIn;

    @Inject
    SpokenVersions spoken;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("xapi/") || path.equals("xapi/about") || "OPTIONS".equals(request.getMethod())) {
            return;
        }
        String header = request.getHeaderString(VERSION_HEADER);
        XapiVersion version = XapiVersion.parse(header).orElseThrow(() -> new InvalidXapiRequestException(
                VERSION_HEADER, header == null ? "is required: send 1.0.3 or 2.0.0"
                        : "'" + header + "' is not supported: send 1.0.0 to 1.0.3 or 2.0.0"));
        request.setProperty(VERSION, version);
        var principal = request.getSecurityContext().getUserPrincipal();
        Credential credential = principal == null ? basicCredential(request.getHeaderString("Authorization"))
                : signedIn.withKey(principal.getName())
                        .or(() -> administration.activeCredential(principal.getName())).orElse(null);
        if (credential == null) {
            throw new NotAuthorizedException("Sign in with the key and secret of an LRS credential (HTTP Basic).",
                    "Basic realm=\"xapi\"");
        }
        request.setProperty(CREDENTIAL, credential);
        if (principal != null) {
            spoken.spoke(principal.getName(), version);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("xapi/")) {
            return;
        }
        Object version = request.getProperty(VERSION);
        response.getHeaders().putSingle(VERSION_HEADER,
                version instanceof XapiVersion v ? v.headerValue() : unversionedAnswer(request));
        if (!response.getHeaders().containsKey(HttpHeaders.DATE)) {
            response.getHeaders().putSingle(HttpHeaders.DATE,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        }
        if (!response.getHeaders().containsKey("X-Experience-API-Consistent-Through")) {
            response.getHeaders().putSingle("X-Experience-API-Consistent-Through",
                    DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
        }
    }

    /**
     * The credential of an Authorization header the container did not see: one the alternate request syntax
     * sent as a form field.
     */
    private Credential basicCredential(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null
                    : administration.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1)).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The version to announce to a request that named no supported one: its client's last, else the setting. */
    private String unversionedAnswer(ContainerRequestContext request) {
        var principal = request.getSecurityContext().getUserPrincipal();
        return spoken.lastSpokenBy(principal == null ? null : principal.getName())
                .or(() -> XapiVersion.parse(unversionedAnswer)).orElse(XapiVersion.V1_0_x).headerValue();
    }

    static Credential credential(ContainerRequestContext request) {
        return (Credential) request.getProperty(CREDENTIAL);
    }

    static XapiVersion version(ContainerRequestContext request) {
        return (XapiVersion) request.getProperty(VERSION);
    }
}
