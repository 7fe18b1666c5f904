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

import vn.hoctap.authoring.course.CourseDrafts;
import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.authoring.lesson.Lesson;
import vn.hoctap.authoring.lesson.LessonDetails;
import vn.hoctap.core.error.ApiError.Violation;

/** The ordered lessons of a course draft. Updates, deletes and reordering need If-Match (428 / 412). */
@Path("api/courses/{courseId}/lessons")
@RequestScoped
@RolesAllowed({"admin", "author", "reviewer"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lessons", description = "The ordered lessons of a course draft")
@APIResponse(responseCode = "401", description = "No or wrong credentials (HTTP Basic)")
@APIResponse(responseCode = "403", description = "The signed-in user may not do this (role or ownership)")
@APIResponse(responseCode = "404", description = "No such course or lesson")
public class LessonsResource {

    @Inject
    CourseDrafts drafts;

    @Context
    SecurityContext security;

    @PathParam("courseId")
    UUID courseId;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a lesson at the end of the course (owner or administrator)")
    @APIResponse(responseCode = "201", description = "Created; ETag and Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.LessonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each with its path")
    public Response create(LessonDetails details) {
        Lesson lesson = drafts.addLesson(Requests.actor(security), courseId, details);
        return Response.created(URI.create("/api/courses/" + courseId + "/lessons/" + lesson.id()))
                .tag(Requests.etag(lesson.version())).entity(Views.LessonView.of(lesson, List.of())).build();
    }

    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reorder the lessons", description = "{\"lessonIds\": [...]} names every lesson once;"
            + " If-Match is the course's ETag.")
    @APIResponse(responseCode = "200", description = "The course with its lessons in the new order; its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CourseView.class)))
    @APIResponse(responseCode = "400", description = "The list does not name every lesson exactly once")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response reorder(@HeaderParam("If-Match") String ifMatch, Requests.LessonOrder order) {
        Long expected = Requests.expectedVersion(ifMatch, "the course");
        if (order == null) {
            throw new InvalidInputException(List.of(new Violation("lessonIds", "is required")));
        }
        CourseDrafts.Outline outline = drafts.reorderLessons(Requests.actor(security), courseId, expected, order.lessonIds());
        return Response.ok(Views.CourseView.of(outline)).tag(Requests.etag(outline.course().version())).build();
    }

    @GET
    @Path("{lessonId}")
    @Operation(summary = "Read a lesson with its blocks in order", description = "The ETag is the lesson's version.")
    @APIResponse(responseCode = "200", description = "The lesson",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.LessonView.class)))
    public Response read(@PathParam("lessonId") UUID lessonId) {
        CourseDrafts.LessonWithBlocks lesson = drafts.lesson(Requests.actor(security), courseId, lessonId);
        return Response.ok(Views.LessonView.of(lesson.lesson(), lesson.blocks()))
                .tag(Requests.etag(lesson.lesson().version())).build();
    }

    @PUT
    @Path("{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a lesson's title and description", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.LessonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "412", description = "Stale If-Match: another author changed the lesson")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response update(@PathParam("lessonId") UUID lessonId, @HeaderParam("If-Match") String ifMatch,
            LessonDetails details) {
        Long expected = Requests.expectedVersion(ifMatch, "the lesson");
        Lesson lesson = drafts.updateLesson(Requests.actor(security), courseId, lessonId, expected, details);
        return Response.ok(Views.LessonView.of(lesson, null)).tag(Requests.etag(lesson.version())).build();
    }

    @DELETE
    @Path("{lessonId}")
    @Operation(summary = "Delete a lesson and its blocks", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response delete(@PathParam("lessonId") UUID lessonId, @HeaderParam("If-Match") String ifMatch) {
        drafts.deleteLesson(Requests.actor(security), courseId, lessonId, Requests.expectedVersion(ifMatch, "the lesson"));
        return Response.noContent().build();
    }
}
