package vn.hoctap.media.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.web.ErrorResponses;
import vn.hoctap.media.asset.UnsupportedUploadException;
import vn.hoctap.media.asset.UploadTooLargeException;
import vn.hoctap.media.process.MediaProcessException;

/** The media pipeline's one place that maps its exceptions to HTTP responses. */
@Provider
public class MediaExceptionMapper implements ExceptionMapper<MediaProcessException> {

    private static final Logger LOG = Logger.getLogger(MediaExceptionMapper.class.getName());

    @Override
    public Response toResponse(MediaProcessException e) {
        if (e instanceof UploadTooLargeException) {
            return ErrorResponses.of(ApiError.of(413, "upload_too_large", e.getMessage()));
        }
        if (e instanceof UnsupportedUploadException) {
            return ErrorResponses.of(ApiError.of(415, "unsupported_media_type", e.getMessage()));
        }
        if (e.kind() == MediaProcessException.Kind.PERMANENT) {
            return ErrorResponses.of(ApiError.of(422, "unprocessable_media", e.getMessage()));
        }
        LOG.log(Level.WARNING, "media processing failed", e);
        return ErrorResponses.of(ApiError.of(503, "media_unavailable",
                "The media tools failed for a reason that may pass; try again later."));
    }
}
