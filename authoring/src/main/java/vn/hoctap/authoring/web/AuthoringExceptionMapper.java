package vn.hoctap.authoring.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.hoctap.authoring.error.AuthoringException;
import vn.hoctap.core.web.ErrorResponses;

/** The authoring module's one place that maps its exceptions to HTTP responses. */
@Provider
public class AuthoringExceptionMapper implements ExceptionMapper<AuthoringException> {

    @Override
    public Response toResponse(AuthoringException e) {
        return ErrorResponses.of(e.toApiError());
    }
}
