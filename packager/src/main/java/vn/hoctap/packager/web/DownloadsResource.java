package vn.hoctap.packager.web;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.lrs.app.AppClient;
import vn.hoctap.packager.distribution.Catalog;
import vn.hoctap.packager.distribution.ContentAddressedFiles;
import vn.hoctap.packager.distribution.DistributionRepository;
import vn.hoctap.packager.distribution.InvalidCatalogRequestException;

/**
 * Downloads for app clients: a version's packages, their file manifests, and single files by SHA-256. Every
 * answer ({@link Downloads}) has the SHA-256 as strong ETag, {@code Accept-Ranges: bytes} and its size; Range and If-Range make
 * downloads resumable (206, 416 as {@link vn.hoctap.core.storage.RangeRequest} says); HEAD answers the same headers without a body.
 * With {@code hoctap.downloads.redirect=true} and an S3 store, GET and HEAD of packages and files answer 307 to a
 * presigned URL instead, so the bytes do not pass through the application.
 */
@Path("api/app")
@RequestScoped
@AppClient
@Tag(name = "App downloads", description = "Packages, file manifests and files by hash, resumable")
public class DownloadsResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    Catalog catalog;

    @Inject
    ObjectStore store;

    @Inject
    @ConfigProperty(name = "hoctap.downloads.redirect", defaultValue = "false")
    boolean redirect;

    @GET
    @Path("courses/{courseId}/versions/{version}/packages/{format}/{variant}")
    @Operation(summary = "Download a package (zip); resumable with Range / If-Range")
    @APIResponse(responseCode = "200", description = "The whole zip")
    @APIResponse(responseCode = "206", description = "The requested range")
    @APIResponse(responseCode = "307", description = "Redirect to a presigned URL (S3 with hoctap.downloads.redirect)")
    @APIResponse(responseCode = "416", description = "The range starts beyond the end")
    public Response getPackage(@PathParam("courseId") UUID courseId, @PathParam("version") int version,
            @PathParam("format") String format, @PathParam("variant") String variant,
            @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return servePackage(courseId, version, format, variant, range, ifRange, ifNoneMatch, true);
    }

    @HEAD
    @Path("courses/{courseId}/versions/{version}/packages/{format}/{variant}")
    public Response headPackage(@PathParam("courseId") UUID courseId, @PathParam("version") int version,
            @PathParam("format") String format, @PathParam("variant") String variant,
            @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return servePackage(courseId, version, format, variant, range, ifRange, ifNoneMatch, false);
    }

    @GET
    @Path("courses/{courseId}/versions/{version}/packages/{format}/{variant}/files")
    @Operation(summary = "The file manifest of a package: each path with its SHA-256 and size",
            description = "An app holding another version downloads only the files whose SHA-256 it lacks, from "
                    + "/api/app/files/{sha256}, and assembles the package from them.")
    public Response files(@PathParam("courseId") UUID courseId, @PathParam("version") int version,
            @PathParam("format") String format, @PathParam("variant") String variant,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        DistributionRepository.PackageRow p = catalog.packageOf(courseId, version, format, variant);
        return serve(p.manifestKey(), "application/json", null, "private, max-age=86400", null, null, ifNoneMatch,
                true, false);
    }

    @GET
    @Path("files/{sha256}")
    @Operation(summary = "A file by its SHA-256 (immutable, cacheable for a year); resumable with Range",
            description = "Text files (the player's scripts and pages, manifests, captions) asked for whole with "
                    + "Accept-Encoding: gzip come gzipped, with the weak ETag W/\"<sha256>\"; X-Checksum-SHA256 is "
                    + "always the hash of the decoded file.")
    @APIResponse(responseCode = "404", description = "No file with this hash")
    public Response file(@PathParam("sha256") String sha256, @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange, @HeaderParam("If-None-Match") String ifNoneMatch,
            @HeaderParam("Accept-Encoding") String acceptEncoding) {
        return Downloads.serve(store, redirect, fileKey(sha256), null, null, IMMUTABLE, range, ifRange, ifNoneMatch,
                true, true, acceptEncoding);
    }

    @HEAD
    @Path("files/{sha256}")
    public Response headFile(@PathParam("sha256") String sha256, @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange, @HeaderParam("If-None-Match") String ifNoneMatch,
            @HeaderParam("Accept-Encoding") String acceptEncoding) {
        return Downloads.serve(store, redirect, fileKey(sha256), null, null, IMMUTABLE, range, ifRange, ifNoneMatch,
                false, true, acceptEncoding);
    }

    private Response servePackage(UUID courseId, int version, String format, String variant, String range,
            String ifRange, String ifNoneMatch, boolean withBody) {
        DistributionRepository.PackageRow p = catalog.packageOf(courseId, version, format, variant);
        return serve(p.objectKey(), "application/zip", "attachment; filename=\"" + p.fileName() + "\"",
                "private, max-age=86400", range, ifRange, ifNoneMatch, withBody, true);
    }

    private static String fileKey(String sha256) {
        if (!ContentAddressedFiles.isSha256(sha256)) {
            throw new InvalidCatalogRequestException("sha256", "must be 64 lower-case hexadecimal digits");
        }
        return ContentAddressedFiles.key(sha256);
    }

    private Response serve(String key, String contentType, String disposition, String cacheControl, String range,
            String ifRange, String ifNoneMatch, boolean withBody, boolean mayRedirect) {
        return Downloads.serve(store, redirect && mayRedirect, key, contentType, disposition, cacheControl, range,
                ifRange, ifNoneMatch, withBody);
    }
}
