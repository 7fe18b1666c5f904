package vn.hoctap.server.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.error.ApiProblem;
import vn.hoctap.core.web.ErrorResponses;

/**
 * The server module's one place that turns exceptions into HTTP responses: JAX-RS's own exceptions (unknown
 * path, wrong method, unsupported media type), malformed JSON, any module exception implementing
 * {@link ApiProblem} that has no mapper of its own, and, last, anything unexpected (500, logged with its stack
 * trace; the client gets no internals). Client errors are never logged with a stack trace.
 */
public final class ServerExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ServerExceptionMappers.class.getName());

    private ServerExceptionMappers() {
    }

    /** 4xx/5xx raised by JAX-RS itself or by resources through WebApplicationException. */
    @Provider
    @Priority(1)
    public static final class WebApplicationExceptions implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String message = switch (status) {
                case 404 -> "No resource at this path. See /openapi for the API.";
                case 405 -> "This method is not allowed on this path. See /openapi for the methods it accepts.";
                case 406 -> "None of the media types in the Accept header can be produced here.";
                case 415 -> "The request's Content-Type is not accepted here; most endpoints take application/json.";
                default -> e.getMessage() != null ? e.getMessage() : ErrorResponses.codeFor(status);
            };
            if (status >= 500) {
                LOG.log(Level.WARNING, "server error " + status, e);
            }
            Response body = ErrorResponses.of(ApiError.of(status, ErrorResponses.codeFor(status), message));
            // keep what the exception's own response says beyond its body: WWW-Authenticate, Allow, Retry-After...
            Response.ResponseBuilder response = Response.fromResponse(body);
            e.getResponse().getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(value -> response.header(name, value));
                }
            });
            return response.build();
        }
    }

    /** The body is not well-formed JSON (or has a duplicate key or trailing content). */
    @Provider
    @Priority(1)
    public static final class MalformedJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException e) {
            return ErrorResponses.of(JsonErrors.describe(e));
        }
    }

    /** The body is JSON of the wrong shape (wrong type, unknown property...). */
    @Provider
    @Priority(1)
    public static final class WrongJsonShape implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            return ErrorResponses.of(JsonErrors.describe(e));
        }
    }

    /** Any other JSON processing problem. */
    @Provider
    @Priority(1)
    public static final class OtherJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return ErrorResponses.of(JsonErrors.describe(e));
        }
    }

    /** A module exception that knows its own error body. */
    @Provider
    @Priority(10)
    public static final class Problems implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                ApiError error = problem.toApiError();
                if (error.status() >= 500) {
                    LOG.log(Level.WARNING, error.message(), e);
                }
                return ErrorResponses.of(error);
            }
            return Unexpected.respond(e);
        }
    }

    /** Anything else: a bug or an outage. Logged with its stack trace; the client learns nothing internal. */
    @Provider
    @Priority(10)
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return respond(e);
        }

        static Response respond(Throwable e) {
            LOG.log(Level.SEVERE, "unexpected error", e);
            return ErrorResponses.of(ApiError.of(500, "server_error",
                    "The server failed to handle this request. It has been logged; try again later."));
        }
    }
}
