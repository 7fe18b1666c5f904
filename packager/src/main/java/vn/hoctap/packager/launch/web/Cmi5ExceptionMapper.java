package vn.hoctap.packager.launch.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.hoctap.core.web.ErrorResponses;
import vn.hoctap.packager.launch.Cmi5LaunchException;

/** The one place that maps the cmi5 LMS side's exceptions to HTTP responses. */
@Provider
public class Cmi5ExceptionMapper implements ExceptionMapper<Cmi5LaunchException> {

    @Override
    public Response toResponse(Cmi5LaunchException e) {
        return ErrorResponses.of(e.toApiError());
    }
}
