package vn.hoctap.authoring.web;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.authoring.course.Course;
import vn.hoctap.authoring.course.CourseDetails;
import vn.hoctap.authoring.course.CourseDrafts;
import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.authoring.publishing.CourseDiff;
import vn.hoctap.authoring.publishing.PublishedCourse;
import vn.hoctap.authoring.publishing.Publishing;
import vn.hoctap.authoring.publishing.VersionSummary;
import vn.hoctap.authoring.review.ReviewDecision;
import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.media.asset.MediaIntake;

/**
 * Courses: the draft's details (create, read, update, delete, list and search), uploads for it, its review,
 * preview, diff, publication, version history and withdrawal. Lessons and blocks have their own resources under
 * {@code /api/courses/{courseId}/lessons}. Updates and deletes need {@code If-Match} with the ETag read
 * (428 without it, 412 when it is stale).
 */
@Path("api/courses")
@RequestScoped
@RolesAllowed({"admin", "author", "reviewer"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses", description = "Course drafts, review, publishing and search")
@APIResponse(responseCode = "401", description = "No or wrong credentials (HTTP Basic)")
@APIResponse(responseCode = "403", description = "The signed-in user may not do this (role or ownership)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class CoursesResource {

    @Inject
    CourseDrafts drafts;

    @Inject
    Publishing publishing;

    @Inject
    MediaIntake intake;

    @Context
    SecurityContext security;

    /** The body of a review. */
    public record ReviewRequest(ReviewDecision decision, String comment) {
    }

    /** The body of a withdrawal. */
    public record WithdrawalRequest(String reason) {
    }

    @GET
    @Operation(summary = "List or search courses",
            description = "Without q: every course the user may read, most recently changed first. With q: the courses whose"
                    + " title, keywords, description, lesson and block texts or slide text and notes contain every word of q;"
                    + " Vietnamese diacritics and case do not matter (`ky nang so` finds `Kỹ năng số`), Khmer is matched as"
                    + " written. Authors see only their own courses.")
    @APIResponse(responseCode = "200", description = "The courses (without their lessons)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Views.CourseView.class)))
    public List<Views.CourseView> list(
            @Parameter(description = "words to search for") @QueryParam("q") String query,
            @Parameter(description = "most results, 1 to 200") @QueryParam("limit") @DefaultValue("50") int limit) {
        return drafts.find(actor(), query, limit).stream().map(c -> Views.CourseView.of(c, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a course draft (authors and administrators)",
            description = "The creator owns the draft. Texts are objects with a variant per language: {\"vi\": ..., \"km\": ..., \"en\": ...}.")
    @APIResponse(responseCode = "201", description = "Created; ETag and Location headers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CourseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each with its path")
    @APIResponse(responseCode = "422", description = "The cover image asset is missing, not an image, or failed")
    public Response create(CourseDetails details) {
        Course course = drafts.create(actor(), details);
        return Response.created(URI.create("/api/courses/" + course.id())).tag(Requests.etag(course.version()))
                .entity(Views.CourseView.of(course, List.of())).build();
    }

    @GET
    @Path("{courseId}")
    @Operation(summary = "Read a course draft with its lessons in order", description = "The ETag is the course's version.")
    @APIResponse(responseCode = "200", description = "The course",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CourseView.class)))
    @APIResponse(responseCode = "404", description = "No such course")
    public Response read(@PathParam("courseId") UUID courseId) {
        CourseDrafts.Outline outline = drafts.outline(actor(), courseId);
        return Response.ok(Views.CourseView.of(outline)).tag(Requests.etag(outline.course().version())).build();
    }

    @PUT
    @Path("{courseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a course's details (owner or administrator)", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CourseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each with its path")
    @APIResponse(responseCode = "412", description = "The If-Match ETag is stale: someone changed the course")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response update(@PathParam("courseId") UUID courseId,
            @Parameter(description = "the ETag read") @HeaderParam("If-Match") String ifMatch, CourseDetails details) {
        Long expected = Requests.expectedVersion(ifMatch, "the course");
        Course course = drafts.update(actor(), courseId, expected, details);
        return Response.ok(Views.CourseView.of(course, null)).tag(Requests.etag(course.version())).build();
    }

    @DELETE
    @Path("{courseId}")
    @Operation(summary = "Delete a course that was never published (owner or administrator)", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted with its lessons and blocks")
    @APIResponse(responseCode = "409", description = "The course has published versions (withdraw them instead)")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response delete(@PathParam("courseId") UUID courseId, @HeaderParam("If-Match") String ifMatch) {
        drafts.delete(actor(), courseId, Requests.expectedVersion(ifMatch, "the course"));
        return Response.noContent().build();
    }

    @POST
    @Path("{courseId}/uploads")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a file for the course (video, audio, slide deck, PDF) to the media pipeline",
            description = "The body is the file (streamed); `name` is its original file name. Returns the asset and its"
                    + " processing state; follow `href` (GET /api/media/{id}) until it is READY, then reference `id` in a"
                    + " block. The same bytes uploaded again give the existing asset (200).")
    @RequestBody(required = true, description = "the file's bytes", content = @Content(mediaType = "application/octet-stream"))
    @APIResponse(responseCode = "201", description = "A new asset; processing started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.UploadView.class)))
    @APIResponse(responseCode = "200", description = "The same bytes were uploaded before: that asset")
    @APIResponse(responseCode = "413", description = "Larger than the limit of its kind")
    @APIResponse(responseCode = "415", description = "Not a supported type")
    public Response upload(@PathParam("courseId") UUID courseId, @QueryParam("name") String name, InputStream body) {
        drafts.requireEditable(actor(), courseId);
        MediaIntake.Received received = intake.receive(body, Optional.ofNullable(name).filter(n -> !n.isBlank()));
        Views.UploadView view = Views.UploadView.of(received.asset(), received.duplicate());
        return (received.duplicate() ? Response.ok() : Response.created(URI.create(view.href()))).entity(view).build();
    }

    @GET
    @Path("{courseId}/preview")
    @Operation(summary = "Preview a draft", description = "The whole draft (lessons and blocks in order), the state"
            + " and manifest of every asset it names (slides with images, text and notes; video renditions), and the"
            + " problems that would keep it from being published.")
    @APIResponse(responseCode = "200", description = "The preview")
    public Publishing.Preview preview(@PathParam("courseId") UUID courseId) {
        return publishing.preview(actor(), courseId);
    }

    @GET
    @Path("{courseId}/diff")
    @Operation(summary = "What changed in the draft since the last published version",
            description = "Course fields, lessons and blocks added, removed or modified, and reorderings.")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CourseDiff.class)))
    public CourseDiff diff(@PathParam("courseId") UUID courseId) {
        return publishing.diff(actor(), courseId);
    }

    @POST
    @Path("{courseId}/submit")
    @Operation(summary = "Submit the draft for review (owner or administrator)")
    @APIResponse(responseCode = "200", description = "The course, now IN_REVIEW",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CourseView.class)))
    @APIResponse(responseCode = "409", description = "Already in review, or approved as it is")
    public Response submit(@PathParam("courseId") UUID courseId) {
        Course course = publishing.submit(actor(), courseId);
        return Response.ok(Views.CourseView.of(course, null)).tag(Requests.etag(course.version())).build();
    }

    @GET
    @Path("{courseId}/reviews")
    @Operation(summary = "The review decisions on a course, oldest first")
    @APIResponse(responseCode = "200", description = "The reviews",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Views.ReviewView.class)))
    public List<Views.ReviewView> reviews(@PathParam("courseId") UUID courseId) {
        return publishing.reviews(actor(), courseId).stream().map(Views.ReviewView::of).toList();
    }

    @POST
    @Path("{courseId}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a submitted draft or request changes (reviewers, not on their own course; administrators)",
            description = "{\"decision\": \"APPROVE\" | \"REQUEST_CHANGES\", \"comment\": \"...\"}; asking for changes needs a comment.")
    @APIResponse(responseCode = "201", description = "The recorded review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ReviewView.class)))
    @APIResponse(responseCode = "400", description = "No decision, or changes requested without a comment")
    @APIResponse(responseCode = "409", description = "The draft is not submitted for review")
    public Response review(@PathParam("courseId") UUID courseId, ReviewRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new Violation("$", "a JSON body with decision and comment is required")));
        }
        Views.ReviewView review = Views.ReviewView.of(publishing.review(actor(), courseId, request.decision(), request.comment()));
        return Response.status(201).entity(review).build();
    }

    @GET
    @Path("{courseId}/versions")
    @Operation(summary = "The version history of a course, newest first")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Views.VersionView.class)))
    public List<Views.VersionView> history(@PathParam("courseId") UUID courseId) {
        return publishing.history(actor(), courseId).stream().map(Views.VersionView::of).toList();
    }

    @POST
    @Path("{courseId}/versions")
    @Operation(summary = "Publish the approved draft as the next version (owner or administrator)",
            description = "Freezes the draft: lesson content and the exact renditions of every asset, as an immutable"
                    + " JSON snapshot. 409 `not_approved` unless a reviewer approved the draft as it is now; 409"
                    + " `asset_not_ready` when an asset is still being processed; 422 `empty_course`, `empty_lesson`,"
                    + " `asset_missing`, `asset_wrong_kind` or `asset_failed` (every problem listed with its path).")
    @APIResponse(responseCode = "201", description = "The new version; Location is its snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.VersionView.class)))
    @APIResponse(responseCode = "409", description = "Not approved as it is, or an asset is still being processed")
    @APIResponse(responseCode = "422", description = "An empty course or lesson, or a missing, wrong or failed asset")
    public Response publish(@PathParam("courseId") UUID courseId) {
        VersionSummary version = publishing.publish(actor(), courseId);
        Views.VersionView view = Views.VersionView.of(version);
        return Response.created(URI.create(view.href())).entity(view).build();
    }

    @GET
    @Path("{courseId}/versions/{number}")
    @Operation(summary = "A published version: the immutable snapshot")
    @APIResponse(responseCode = "200", description = "The snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedCourse.class)))
    @APIResponse(responseCode = "404", description = "No such version")
    public PublishedCourse version(@PathParam("courseId") UUID courseId, @PathParam("number") int number) {
        return publishing.version(actor(), courseId, number);
    }

    @POST
    @Path("{courseId}/versions/{number}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a published version (owner or administrator)",
            description = "The version stays readable in the history but is no longer offered to learners.")
    @APIResponse(responseCode = "200", description = "The withdrawn version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.VersionView.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public Views.VersionView withdraw(@PathParam("courseId") UUID courseId, @PathParam("number") int number,
            WithdrawalRequest request) {
        return Views.VersionView.of(publishing.withdraw(actor(), courseId, number, request == null ? null : request.reason()));
    }

    private vn.hoctap.authoring.access.Actor actor() {
        return Requests.actor(security);
    }
}
