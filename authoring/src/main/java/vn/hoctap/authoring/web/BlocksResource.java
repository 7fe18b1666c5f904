package vn.hoctap.authoring.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.authoring.block.Block;
import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.course.CourseDrafts;
import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.core.error.ApiError.Violation;

/**
 * The ordered blocks of a lesson: slide decks, videos, rich text, images and quizzes. The body of a block is its
 * content with {@code "type"}: {@code slides}, {@code video}, {@code richText}, {@code image} or {@code quiz}.
 * Updates, deletes and reordering need If-Match (428 / 412).
 */
@Path("api/courses/{courseId}/lessons/{lessonId}/blocks")
@RequestScoped
@RolesAllowed({"admin", "author", "reviewer"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Blocks", description = "The ordered blocks of a lesson")
@APIResponse(responseCode = "401", description = "No or wrong credentials (HTTP Basic)")
@APIResponse(responseCode = "403", description = "The signed-in user may not do this (role or ownership)")
@APIResponse(responseCode = "404", description = "No such course, lesson or block")
public class BlocksResource {

    @Inject
    CourseDrafts drafts;

    @Context
    SecurityContext security;

    @PathParam("courseId")
    UUID courseId;

    @PathParam("lessonId")
    UUID lessonId;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a block at the end of the lesson (owner or administrator)",
            description = "Rich text is sanitised (the stored HTML is returned); quiz questions and choices get ids when"
                    + " none are given. A named asset must exist and be of the block's kind (it may still be processing).")
    @APIResponse(responseCode = "201", description = "Created; ETag and Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.BlockView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each with its path (for example a quiz question"
            + " without a correct choice: questions[0].choices)")
    @APIResponse(responseCode = "422", description = "A named asset is missing (asset_missing), of the wrong kind"
            + " (asset_wrong_kind) or failed processing (asset_failed)")
    public Response create(BlockContent content) {
        Block block = drafts.addBlock(Requests.actor(security), courseId, lessonId, content);
        return Response.created(URI.create("/api/courses/" + courseId + "/lessons/" + lessonId + "/blocks/" + block.id()))
                .tag(Requests.etag(block.version())).entity(Views.BlockView.of(block)).build();
    }

    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reorder the blocks", description = "{\"blockIds\": [...]} names every block once;"
            + " If-Match is the lesson's ETag.")
    @APIResponse(responseCode = "200", description = "The lesson with its blocks in the new order; its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.LessonView.class)))
    @APIResponse(responseCode = "400", description = "The list does not name every block exactly once")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response reorder(@HeaderParam("If-Match") String ifMatch, Requests.BlockOrder order) {
        Long expected = Requests.expectedVersion(ifMatch, "the lesson");
        if (order == null) {
            throw new InvalidInputException(List.of(new Violation("blockIds", "is required")));
        }
        CourseDrafts.LessonWithBlocks lesson = drafts.reorderBlocks(Requests.actor(security), courseId, lessonId,
                expected, order.blockIds());
        return Response.ok(Views.LessonView.of(lesson.lesson(), lesson.blocks()))
                .tag(Requests.etag(lesson.lesson().version())).build();
    }

    @GET
    @Path("{blockId}")
    @Operation(summary = "Read a block", description = "The ETag is the block's version.")
    @APIResponse(responseCode = "200", description = "The block",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.BlockView.class)))
    public Response read(@PathParam("blockId") UUID blockId) {
        Block block = drafts.block(Requests.actor(security), courseId, lessonId, blockId);
        return Response.ok(Views.BlockView.of(block)).tag(Requests.etag(block.version())).build();
    }

    @PUT
    @Path("{blockId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a block's content", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.BlockView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "412", description = "Stale If-Match: another author changed the block")
    @APIResponse(responseCode = "422", description = "A named asset is missing, of the wrong kind or failed")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response update(@PathParam("blockId") UUID blockId, @HeaderParam("If-Match") String ifMatch,
            BlockContent content) {
        Long expected = Requests.expectedVersion(ifMatch, "the block");
        Block block = drafts.updateBlock(Requests.actor(security), courseId, lessonId, blockId, expected, content);
        return Response.ok(Views.BlockView.of(block)).tag(Requests.etag(block.version())).build();
    }

    @DELETE
    @Path("{blockId}")
    @Operation(summary = "Delete a block", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response delete(@PathParam("blockId") UUID blockId, @HeaderParam("If-Match") String ifMatch) {
        drafts.deleteBlock(Requests.actor(security), courseId, lessonId, blockId,
                Requests.expectedVersion(ifMatch, "the block"));
        return Response.noContent().build();
    }
}
