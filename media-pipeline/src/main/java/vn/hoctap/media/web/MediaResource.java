package vn.hoctap.media.web;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.web.ErrorResponses;
import vn.hoctap.media.asset.AssetEvent;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.asset.MediaIntake;
import vn.hoctap.media.captions.AssetCaptions;

/**
 * Uploads (the request body is the file, streamed) and the state of media assets: status, progress, the history
 * of the processing job and, once ready, the manifest of renditions.
 */
@Path("api/media")
@RequestScoped
@RolesAllowed({"author", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media", description = "Uploads of videos, audio and slide decks, and their renditions")
public class MediaResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MediaIntake intake;

    @Inject
    Transactor transactor;

    @Inject
    AssetCaptions captions;

    public record AssetView(String id, String kind, String mimeType, String sha256, long sizeBytes, String status,
            int progress, String originalName, JsonNode manifest, List<EventView> history) {
    }

    public record EventView(String at, String status, String reason) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a video, audio file, slide deck or PDF",
            description = "The body is the file; the query parameter name gives its original file name. 201 with the new asset (processing starts at once), 200 with the"
                    + " existing asset when the same bytes were uploaded before, 415 for an unsupported type.")
    public Response upload(InputStream body, @QueryParam("name") String fileName) {
        MediaIntake.Received received = intake.receive(body, Optional.ofNullable(fileName).filter(n -> !n.isBlank()));
        AssetView view = view(received.asset());
        return (received.duplicate() ? Response.ok() : Response.created(URI.create("/api/media/" + view.id())))
                .entity(view).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An asset: status, progress, job history and manifest")
    public Response read(@PathParam("id") UUID id) {
        return transactor.inTransaction(c -> new AssetRepository().byId(c, id))
                .map(asset -> Response.ok(view(asset)).build())
                .orElseGet(() -> ErrorResponses.of(ApiError.of(404, "not_found", "No media asset " + id + ".")));
    }

    @PUT
    @Path("{id}/captions/{language}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach captions (WebVTT or SRT, UTF-8) in a language to a ready video",
            description = "Normalised to WebVTT and added to the HLS master playlist as a subtitle rendition of the group"
                    + " subs; the query parameter name is what the player shows (default: the language's own name). 422 for"
                    + " captions that are not WebVTT or SRT (naming the line) or an asset that is not a ready video.")
    public AssetView captions(@PathParam("id") UUID id, @PathParam("language") String language,
            @QueryParam("name") String name, InputStream body) throws java.io.IOException {
        byte[] content = body.readNBytes(AssetCaptions.MAX_BYTES + 1);
        return view(captions.attach(id, language, name, content));
    }

    private AssetView view(MediaAsset asset) {
        List<AssetEvent> history = transactor.inTransaction(c -> new AssetRepository().history(c, asset.id()));
        JsonNode manifest = asset.manifest().map(text -> {
            try {
                return JSON.readTree(text);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("a stored manifest is not JSON", e);
            }
        }).orElse(null);
        return new AssetView(asset.id().toString(), asset.kind().name(), asset.mimeType(), asset.sha256(),
                asset.sizeBytes(), asset.status().name(), asset.progress(), asset.originalName().orElse(null), manifest,
                history.stream().map(e -> new EventView(e.at().toString(), e.status().name(), e.reason())).toList());
    }
}
