package vn.hoctap.core.web;

import java.util.Locale;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.hoctap.core.error.ApiError;

/** Builds the JSON error response every module returns. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** A stable machine-readable code for an HTTP status: {@code 404} becomes {@code not_found}. */
    public static String codeFor(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known == null) {
            return status >= 500 ? "server_error" : "client_error";
        }
        return known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
