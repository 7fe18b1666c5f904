package vn.hoctap.lrs.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.hoctap.core.web.ErrorResponses;
import vn.hoctap.lrs.error.LrsException;

/** The LRS's one place that maps its exceptions to HTTP responses. */
@Provider
public class LrsExceptionMapper implements ExceptionMapper<LrsException> {

    @Override
    public Response toResponse(LrsException e) {
        return ErrorResponses.of(e.toApiError());
    }
}
