package vn.hoctap.packager.launch.web;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.packager.launch.AssignableUnit;
import vn.hoctap.packager.launch.Cmi5Course;
import vn.hoctap.packager.launch.Cmi5Courses;
import vn.hoctap.packager.launch.Cmi5Launches;
import vn.hoctap.packager.launch.Cmi5NotFoundException;
import vn.hoctap.packager.launch.InvalidLaunchRequestException;
import vn.hoctap.packager.launch.StructureBlock;

/**
 * The cmi5 LMS API: authors and administrators import cmi5 packages, register learners, launch AUs for them and
 * waive AUs. (A learner's own launch from the app comes later, behind the app's credential.)
 */
@Path("api/cmi5")
@RequestScoped
@RolesAllowed({"admin", "author"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cmi5", description = "cmi5 courses, registrations and launches (authors and administrators)")
public class Cmi5Resource {

    @Inject
    Cmi5Courses courses;

    @Inject
    Cmi5Launches launches;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    public record BlockView(int index, String id, String title, String activityId, Integer parent) {
    }

    public record AuView(int index, String id, String title, String url, String launchMethod, String moveOn,
            BigDecimal masteryScore, String launchParameters, String entitlementKey, String activityType,
            String activityId, Integer block) {
    }

    public record CourseView(String id, String publisherId, String title, String description, String storeId,
            String activityId, int fileCount, String importedAt, String importedBy, List<BlockView> blocks,
            List<AuView> aus) {
        static CourseView of(Cmi5Course c) {
            var s = c.structure();
            return new CourseView(c.id().toString(), s.publisherId(), s.title(), s.description(),
                    c.storeId().toString(), c.activityId(), c.fileCount(), c.importedAt().toString(), c.importedBy(),
                    s.blocks().stream().map(b -> block(c, b)).toList(), s.aus().stream().map(a -> au(c, a)).toList());
        }

        private static BlockView block(Cmi5Course c, StructureBlock b) {
            return new BlockView(b.index(), b.publisherId(), b.title(), c.blockActivityId(b.index()),
                    b.parentIndex().orElse(null));
        }

        private static AuView au(Cmi5Course c, AssignableUnit a) {
            return new AuView(a.index(), a.publisherId(), a.title(), a.url(), a.launchMethod().name(),
                    a.moveOn().name(), a.masteryScore().orElse(null), a.launchParameters().orElse(null),
                    a.entitlementKey().orElse(null), a.activityType().orElse(null), c.auActivityId(a.index()),
                    a.blockIndex().orElse(null));
        }
    }

    public record NewRegistration(JsonNode actor, String languagePreference, String audioPreference) {
    }

    public record AuStatusView(int index, String id, String activityId, String moveOn, boolean completed,
            boolean passed, boolean failed, boolean waived, boolean satisfied) {
    }

    public record RegistrationView(String id, String courseId, JsonNode actor, String createdAt, boolean satisfied,
            String satisfiedAt, List<Integer> satisfiedBlocks, List<AuStatusView> aus, List<String> sessions) {
        static RegistrationView of(Cmi5Launches.RegistrationStatus s) {
            var r = s.registration();
            return new RegistrationView(r.id().toString(), r.courseId().toString(), r.actor(),
                    r.createdAt().toString(), s.satisfied(), s.satisfiedAt().map(Object::toString).orElse(null),
                    List.copyOf(s.satisfiedBlocks()),
                    s.aus().stream().map(a -> new AuStatusView(a.index(), a.publisherId(), a.activityId(),
                            a.moveOn().name(), a.completed(), a.passed(), a.failed(), a.waived(), a.satisfied()))
                            .toList(),
                    s.sessions().stream().map(UUID::toString).toList());
        }
    }

    public record NewLaunch(String au, String launchMode, String returnURL) {
    }

    public record LaunchView(String url, String sessionId, String launchMethod, String launchMode, String activityId) {
    }

    public record NewWaiver(String au, String reason) {
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a cmi5 package: a zip with cmi5.xml at its root, or a cmi5.xml whose AU urls are"
            + " absolute (request body, any content type)")
    @APIResponse(responseCode = "201", description = "the registered course with its AUs")
    @APIResponse(responseCode = "400", description = "not a zip or cmi5.xml, or the course structure is invalid")
    @APIResponse(responseCode = "413", description = "larger than 2 GiB")
    public Response importPackage(InputStream body,
            @Parameter(description = "the LRS store that records the course's statements")
            @QueryParam("store") @DefaultValue("default") String store) {
        String importedBy = security.getUserPrincipal().getName();
        Cmi5Course course = Cmi5Courses.received(body, upload -> courses.importPackage(upload, store, importedBy));
        return Response.created(uri.getBaseUriBuilder().path("api/cmi5/courses/" + course.id()).build())
                .entity(CourseView.of(course)).build();
    }

    @GET
    @Path("courses")
    @Operation(summary = "Every imported cmi5 course, newest first")
    public List<CourseView> list() {
        return courses.courses().stream().map(CourseView::of).toList();
    }

    @GET
    @Path("courses/{id}")
    @Operation(summary = "One cmi5 course with its blocks and AUs (publisher and LMS ids)")
    public CourseView course(@PathParam("id") String id) {
        return CourseView.of(courses.course(uuid("id", id)));
    }

    @GET
    @Path("published/{courseId}/versions/{version}")
    @Operation(summary = "The cmi5 course through which the platform launches a published course version (its full"
            + " cmi5 package, imported when the version was packaged)")
    @APIResponse(responseCode = "200", description = "the cmi5 course with its AUs")
    @APIResponse(responseCode = "404", description = "the version is not packaged (yet)")
    public CourseView publishedVersion(@PathParam("courseId") String courseId, @PathParam("version") int version) {
        return CourseView.of(courses.publishedVersion(uuid("courseId", courseId), version)
                .orElseThrow(() -> new Cmi5NotFoundException("cmi5 course of version " + version + " of course "
                        + courseId)));
    }

    @POST
    @Path("courses/{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a learner (actor with an account) in the course; the existing registration when"
            + " there is one. languagePreference / audioPreference seed the learner's cmi5LearnerPreferences")
    @APIResponse(responseCode = "201", description = "registered now")
    @APIResponse(responseCode = "200", description = "the learner's existing registration")
    public Response register(@PathParam("id") String id, NewRegistration request) {
        if (request == null) {
            throw new InvalidLaunchRequestException("$", "send {\"actor\":{\"account\":{\"homePage\":..,\"name\":..}}}");
        }
        var registered = launches.register(uuid("id", id), request.actor(),
                Optional.ofNullable(request.languagePreference()), Optional.ofNullable(request.audioPreference()));
        var view = RegistrationView.of(launches.status(registered.registration().id()));
        return registered.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/cmi5/registrations/" + view.id()).build())
                        .entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("registrations/{id}")
    @Operation(summary = "A registration's state: per AU completed / passed / failed / waived / satisfied (moveOn),"
            + " satisfied blocks and course")
    public RegistrationView registration(@PathParam("id") String id) {
        return RegistrationView.of(launches.status(uuid("id", id)));
    }

    @POST
    @Path("registrations/{id}/launches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Launch an AU: abandons the registration's unfinished session, writes LMS.LaunchData and the"
            + " launched statement, and returns the launch URL (open it in a new window for OwnWindow AUs)")
    @APIResponse(responseCode = "201", description = "the launch URL with its one-time fetch URL")
    public Response launch(@PathParam("id") String id, NewLaunch request) {
        if (request == null || request.au() == null) {
            throw new InvalidLaunchRequestException("au", "is required: an AU id of the course or its position");
        }
        var launched = launches.launch(uuid("id", id), request.au(), Optional.ofNullable(request.launchMode()),
                Optional.ofNullable(request.returnURL()), uri.getBaseUri());
        return Response.status(Response.Status.CREATED).entity(new LaunchView(launched.url().toString(),
                launched.sessionId().toString(), launched.launchMethod().name(), launched.launchMode(),
                launched.activityId())).build();
    }

    @POST
    @Path("registrations/{id}/waivers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Waive an AU for the registration (reason: Tested Out, Equivalent AU, Equivalent Outside"
            + " Activity or Administrative); issues the waived statement and any satisfied statement now due")
    @APIResponse(responseCode = "409", description = "the AU was already waived in the registration")
    public RegistrationView waive(@PathParam("id") String id, NewWaiver request) {
        if (request == null || request.au() == null) {
            throw new InvalidLaunchRequestException("au", "is required: an AU id of the course or its position");
        }
        return RegistrationView.of(launches.waive(uuid("id", id), request.au(), request.reason()));
    }

    static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidLaunchRequestException(name, "must be a UUID");
        }
    }
}
