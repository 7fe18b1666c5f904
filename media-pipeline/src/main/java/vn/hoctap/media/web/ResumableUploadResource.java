package vn.hoctap.media.web;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.web.ErrorResponses;
import vn.hoctap.media.upload.InvalidUploadRequestException;
import vn.hoctap.media.upload.ResumableUpload;
import vn.hoctap.media.upload.ResumableUploads;
import vn.hoctap.media.upload.UploadChecksum;
import vn.hoctap.media.upload.UploadNotFoundException;
import vn.hoctap.media.upload.UploadOffsetConflictException;

/**
 * Resumable uploads with the tus 1.0.0 protocol (ADR 11): {@code OPTIONS} tells the version, extensions and largest
 * size; {@code POST} with {@code Upload-Length} (and optionally {@code Upload-Metadata: filename <base64>}) creates an
 * upload and answers its {@code Location}; {@code HEAD} answers the {@code Upload-Offset} to continue from;
 * {@code PATCH} ({@code Content-Type: application/offset+octet-stream}, {@code Upload-Offset}, optionally
 * {@code Upload-Checksum}) appends; {@code DELETE} terminates. When the last byte is stored the upload becomes a
 * media asset like a simple upload; its id is in the {@code Hoctap-Media-Asset} header.
 */
@Path("api/media/uploads")
@RequestScoped
@RolesAllowed({"author", "admin"})
@Tag(name = "Media", description = "Uploads of videos, audio and slide decks, and their renditions")
public class ResumableUploadResource {

    static final String TUS_VERSION = "1.0.0";
    static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";
    static final String ASSET_HEADER = "Hoctap-Media-Asset";

    @Inject
    ResumableUploads uploads;

    @Context
    UriInfo uri;

    @OPTIONS
    @Operation(summary = "tus discovery: version, extensions, largest upload, checksum algorithms")
    public Response options() {
        return Response.noContent()
                .header("Tus-Resumable", TUS_VERSION)
                .header("Tus-Version", TUS_VERSION)
                .header("Tus-Extension", "creation,termination,checksum,expiration")
                .header("Tus-Max-Size", uploads.maxLength())
                .header("Tus-Checksum-Algorithm", UploadChecksum.supported())
                .build();
    }

    @POST
    @Operation(summary = "Start a resumable upload (tus creation)",
            description = "Headers: Tus-Resumable: 1.0.0, Upload-Length: the file's size, Upload-Metadata: filename <base64>."
                    + " 201 with Location; 413 when the length is above the limit.")
    public Response create(@HeaderParam("Tus-Resumable") String version, @HeaderParam("Upload-Length") String length,
            @HeaderParam("Upload-Metadata") String metadata) {
        Response refused = checkVersion(version);
        if (refused != null) {
            return refused;
        }
        if (length == null) {
            throw new InvalidUploadRequestException("Upload-Length is required (deferred lengths are not supported).");
        }
        ResumableUpload upload = uploads.create(number("Upload-Length", length), fileName(metadata));
        URI location = uri.getBaseUriBuilder().path("api/media/uploads").path(upload.id().toString()).build();
        return Response.created(location)
                .header("Tus-Resumable", TUS_VERSION)
                .header("Upload-Offset", upload.received())
                .header("Upload-Expires", DateTimeFormatter.RFC_1123_DATE_TIME.format(upload.expiresAt()))
                .build();
    }

    @HEAD
    @Path("{id}")
    @Operation(summary = "The offset to continue a resumable upload from")
    public Response offset(@PathParam("id") UUID id, @HeaderParam("Tus-Resumable") String version) {
        Response refused = checkVersion(version);
        if (refused != null) {
            return refused;
        }
        ResumableUpload upload = uploads.get(id);
        return state(Response.ok(), upload).header("Upload-Length", upload.declaredLength()).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Append bytes to a resumable upload at its offset",
            description = "409 when Upload-Offset is not the offset the server has; 460 when Upload-Checksum does not match."
                    + " The response after the last byte carries the asset id in Hoctap-Media-Asset.")
    public Response append(@PathParam("id") UUID id, @HeaderParam("Tus-Resumable") String version,
            @HeaderParam("Content-Type") String contentType, @HeaderParam("Upload-Offset") String offset,
            @HeaderParam("Upload-Checksum") String checksum, InputStream body) {
        Response refused = checkVersion(version);
        if (refused != null) {
            return refused;
        }
        if (contentType == null || !contentType.toLowerCase().startsWith(OFFSET_OCTET_STREAM)) {
            return ErrorResponses.of(ApiError.of(415, "unsupported_media_type",
                    "A PATCH of a resumable upload has Content-Type: " + OFFSET_OCTET_STREAM + "."));
        }
        if (offset == null) {
            throw new InvalidUploadRequestException("Upload-Offset is required.");
        }
        ResumableUploads.Appended appended;
        try {
            appended = uploads.append(id, number("Upload-Offset", offset), body,
                    Optional.ofNullable(checksum).map(UploadChecksum::parse));
        } catch (UploadOffsetConflictException | UploadNotFoundException | InvalidUploadRequestException e) {
            drain(body); // refused before reading: read the body so that the client, still sending, gets the answer
            throw e;
        }
        return state(Response.noContent(), appended.upload()).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Terminate a resumable upload: its pieces are deleted")
    public Response terminate(@PathParam("id") UUID id, @HeaderParam("Tus-Resumable") String version) {
        Response refused = checkVersion(version);
        if (refused != null) {
            return refused;
        }
        uploads.terminate(id);
        return Response.noContent().header("Tus-Resumable", TUS_VERSION).build();
    }

    private static void drain(InputStream body) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long left = 64L << 20;
            int n;
            while (left > 0 && (n = body.read(buffer)) > 0) {
                left -= n;
            }
        } catch (java.io.IOException ignored) {
            // the client went away
        }
    }

    private static Response.ResponseBuilder state(Response.ResponseBuilder builder, ResumableUpload upload) {
        builder.header("Tus-Resumable", TUS_VERSION)
                .header("Upload-Offset", upload.received())
                .header("Cache-Control", "no-store")
                .header("Upload-Expires", DateTimeFormatter.RFC_1123_DATE_TIME.format(upload.expiresAt()));
        upload.assetId().ifPresent(asset -> builder.header(ASSET_HEADER, asset.toString())
                .header("Content-Location", "/api/media/" + asset));
        return builder;
    }

    private static Response checkVersion(String version) {
        if (TUS_VERSION.equals(version)) {
            return null;
        }
        return Response.fromResponse(ErrorResponses.of(ApiError.of(412, "unsupported_protocol_version",
                "Send the header Tus-Resumable: " + TUS_VERSION + " (the only tus version this server speaks).")))
                .header("Tus-Version", TUS_VERSION).build();
    }

    private static long number(String header, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidUploadRequestException(header + " must be a whole number of bytes, not '" + value + "'.");
        }
    }

    /** The file name from tus metadata ({@code key base64,key base64}): {@code filename} or {@code name}. */
    static Optional<String> fileName(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return Optional.empty();
        }
        for (String pair : metadata.split(",")) {
            String[] parts = pair.trim().split(" ", 2);
            if (parts.length == 2 && (parts[0].equals("filename") || parts[0].equals("name"))) {
                try {
                    return Optional.of(new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8))
                            .filter(n -> !n.isBlank());
                } catch (IllegalArgumentException e) {
                    throw new InvalidUploadRequestException("Upload-Metadata value of '" + parts[0] + "' is not base64.");
                }
            }
        }
        return Optional.empty();
    }
}
