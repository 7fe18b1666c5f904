package vn.hoctap.packager.launch.web;

import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.packager.launch.Cmi5Courses;

/**
 * The files of imported cmi5 packages, served from the object store at {@code /cmi5/content/<course>/<path>} so
 * that AUs run from the platform (same origin as {@code /xapi}). Open to anyone who knows the course id: AU files
 * are course content, the learner's data is behind the session credential.
 */
@Path("cmi5/content")
@RequestScoped
@Tag(name = "cmi5")
public class Cmi5ContentResource {

    @Inject
    Cmi5Courses courses;

    @GET
    @Path("{course}/{path: .+}")
    @Operation(summary = "A file of an imported cmi5 package")
    public Response file(@PathParam("course") String course, @PathParam("path") String path, @Context Request request) {
        StoredObject file = courses.file(Cmi5Resource.uuid("course", course), path);
        EntityTag tag = new EntityTag(file.sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = courses.open(file)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.contentType()).tag(tag).header("Content-Length", file.size())
                .header("Cache-Control", "no-cache").build();
    }
}
