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
import vn.hoctap.media.asset.AssetNotFoundException;
import vn.hoctap.media.captions.CaptionsNotApplicableException;
import vn.hoctap.media.captions.InvalidCaptionsException;
import vn.hoctap.media.job.JobNotCancellableException;
import vn.hoctap.media.process.MediaIoException;
import vn.hoctap.media.process.MediaProcessException;
import vn.hoctap.media.upload.InvalidUploadRequestException;
import vn.hoctap.media.upload.UploadChecksumMismatchException;
import vn.hoctap.media.upload.UploadNotFoundException;
import vn.hoctap.media.upload.UploadOffsetConflictException;

/** The media pipeline's one place that maps its exceptions (one root: {@link MediaProcessException}) to HTTP responses. */
@Provider
public class MediaExceptionMapper implements ExceptionMapper<MediaProcessException> {

    private static final Logger LOG = Logger.getLogger(MediaExceptionMapper.class.getName());

    private static Response tus(Response response) {
        return Response.fromResponse(response).header("Tus-Resumable", ResumableUploadResource.TUS_VERSION).build();
    }

    @Override
    public Response toResponse(MediaProcessException e) {
        if (e instanceof UploadTooLargeException) {
            return ErrorResponses.of(ApiError.of(413, "upload_too_large", e.getMessage()));
        }
        if (e instanceof UnsupportedUploadException) {
            return ErrorResponses.of(ApiError.of(415, "unsupported_media_type", e.getMessage()));
        }
        if (e instanceof UploadNotFoundException) {
            return ErrorResponses.of(ApiError.of(404, "not_found", e.getMessage()));
        }
        if (e instanceof UploadOffsetConflictException) {
            return tus(ErrorResponses.of(ApiError.of(409, "offset_conflict", e.getMessage())));
        }
        if (e instanceof UploadChecksumMismatchException) {
            return tus(ErrorResponses.of(ApiError.of(460, "checksum_mismatch", e.getMessage())));
        }
        if (e instanceof InvalidUploadRequestException) {
            return tus(ErrorResponses.of(ApiError.of(400, "invalid_upload_request", e.getMessage())));
        }
        if (e instanceof JobNotCancellableException) {
            return ErrorResponses.of(ApiError.of(409, "job_settled", e.getMessage()));
        }
        if (e instanceof AssetNotFoundException) {
            return ErrorResponses.of(ApiError.of(404, "not_found", e.getMessage()));
        }
        if (e instanceof InvalidCaptionsException || e instanceof CaptionsNotApplicableException) {
            return ErrorResponses.of(ApiError.of(422, "invalid_captions", e.getMessage()));
        }
        if (e instanceof MediaIoException && e.getMessage().contains("connection broke")) {
            LOG.fine(e::getMessage);
            return ErrorResponses.of(ApiError.of(400, "upload_interrupted", e.getMessage()));
        }
        if (e.kind() == MediaProcessException.Kind.PERMANENT) {
            return ErrorResponses.of(ApiError.of(422, "unprocessable_media", e.getMessage()));
        }
        LOG.log(Level.WARNING, "media processing failed", e);
        return ErrorResponses.of(ApiError.of(503, "media_unavailable",
                "The media tools failed for a reason that may pass; try again later."));
    }
}
