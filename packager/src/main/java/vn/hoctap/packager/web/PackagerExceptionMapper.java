package vn.hoctap.packager.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.hoctap.core.web.ErrorResponses;
import vn.hoctap.packager.PackagerException;

/** The packager module's one place that maps its exceptions to HTTP responses. */
@Provider
public class PackagerExceptionMapper implements ExceptionMapper<PackagerException> {

    @Override
    public Response toResponse(PackagerException e) {
        return ErrorResponses.of(e.toApiError());
    }
}
