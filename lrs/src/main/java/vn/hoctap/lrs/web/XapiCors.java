package vn.hoctap.lrs.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS for content launched in browsers (a lesson's player served from another origin, an LMS frame): every
 * origin may call the LRS with its credentials in the Authorization header, and read the xAPI headers.
 */
@Provider
public class XapiCors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("xapi/")) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        var headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", origin == null ? "*" : origin);
        headers.putSingle("Access-Control-Allow-Credentials", "true");
        headers.putSingle("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
        headers.putSingle("Access-Control-Allow-Headers",
                "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, Accept-Language");
        headers.putSingle("Access-Control-Expose-Headers",
                "ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through");
        headers.putSingle("Access-Control-Max-Age", "86400");
        if (origin != null) {
            headers.add("Vary", "Origin");
        }
    }
}
