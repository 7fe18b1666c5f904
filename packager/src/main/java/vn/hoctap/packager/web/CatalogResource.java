package vn.hoctap.packager.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.core.text.Digests;
import vn.hoctap.lrs.app.AppClient;
import vn.hoctap.packager.distribution.Catalog;
import vn.hoctap.core.storage.RangeRequest;

/**
 * The app catalogue (app clients only): pages of published courses with their packages, and one course. Every
 * answer carries a weak ETag (the SHA-256 of its JSON) and answers 304 to a matching {@code If-None-Match};
 * compressed with gzip when accepted.
 */
@Path("api/app/catalog")
@RequestScoped
@AppClient
@Compressed
@Tag(name = "App catalogue", description = "Published courses and their packages, for app clients")
public class CatalogResource {

    @Inject
    Catalog catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of the catalogue",
            description = "Published courses in change order: id, version, titles and descriptions (vi/km/en), "
                    + "thumbnail URL, lessons (duration, languages), and per format (cmi5, xapi, scorm12, scorm2004)"
                    + " and variant (full, low) the size, SHA-256, download URL and file-manifest URL. Pass "
                    + "nextCursor as cursor for the next page. With updatedSince, courses changed since then, "
                    + "withdrawn ones included (state withdrawn).")
    @APIResponse(responseCode = "200", description = "The page: {items: [...], nextCursor}")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; path names it")
    public Response page(@Parameter(description = "vi, km or en") @QueryParam("language") String language,
            @QueryParam("tag") String tag,
            @Parameter(description = "ISO-8601 date-time, e.g. 2026-12-01T08:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "words; diacritics and case ignored") @QueryParam("q") String q,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return tagged(catalog.page(language, tag, updatedSince, q, cursor, limit).json(), ifNoneMatch);
    }

    @GET
    @Path("{courseId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One course of the catalogue (published or withdrawn)")
    @APIResponse(responseCode = "404", description = "Not in the catalogue")
    public Response course(@PathParam("courseId") UUID courseId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return tagged(catalog.card(courseId), ifNoneMatch);
    }

    static Response tagged(String json, String ifNoneMatch) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String etag = "W/\"" + Digests.sha256(body) + "\"";
        if (RangeRequest.noneMatchNames(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).header("Cache-Control", "private, no-cache").build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header("ETag", etag)
                .header("Cache-Control", "private, no-cache").build();
    }
}
