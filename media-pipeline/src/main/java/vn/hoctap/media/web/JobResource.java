package vn.hoctap.media.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.web.ErrorResponses;
import vn.hoctap.media.asset.AssetNotFoundException;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.job.MediaJobs;

/**
 * The processing jobs of media assets (one per asset, same id): list by status with paging, read one with its
 * history, cancel, and follow progress live with Server-Sent Events.
 */
@Path("api/media/jobs")
@RequestScoped
@RolesAllowed({"author", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media jobs", description = "Processing jobs of media assets: state, history, cancel, live progress")
public class JobResource {

    @Inject
    Transactor transactor;

    @Inject
    MediaJobs jobs;

    @Inject
    JobEvents events;

    /** A page of jobs. */
    public record JobPage(List<JobView> items, long total, int limit, int offset) {
    }

    @GET
    @Operation(summary = "Jobs, most recently changed first",
            description = "status: RECEIVED, PROCESSING, READY, FAILED or CANCELLED; limit 1..200 (default 50); offset.")
    public Response list(@QueryParam("status") String status, @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        Optional<AssetStatus> filter;
        try {
            filter = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(s -> AssetStatus.valueOf(s.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return ErrorResponses.of(ApiError.at(400, "invalid_input", "status must be one of RECEIVED, PROCESSING,"
                    + " READY, FAILED, CANCELLED.", "status"));
        }
        if (limit < 1 || limit > 200) {
            return ErrorResponses.of(ApiError.at(400, "invalid_input", "limit must be between 1 and 200.", "limit"));
        }
        if (offset < 0) {
            return ErrorResponses.of(ApiError.at(400, "invalid_input", "offset must be 0 or more.", "offset"));
        }
        AssetRepository repository = new AssetRepository();
        return transactor.inTransaction(c -> {
            List<JobView> items = repository.page(c, filter, limit, offset).stream().map(a -> JobView.of(a, null)).toList();
            return Response.ok(new JobPage(items, repository.count(c, filter), limit, offset)).build();
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A job with its history of states and reasons")
    public JobView read(@PathParam("id") UUID id) {
        return transactor.inTransaction(c -> {
            AssetRepository repository = new AssetRepository();
            MediaAsset asset = repository.byId(c, id).orElseThrow(() -> new AssetNotFoundException("No media job " + id + "."));
            return JobView.of(asset, repository.history(c, id));
        });
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a waiting or running job",
            description = "The FFmpeg or LibreOffice process is killed; the job ends CANCELLED. 409 when it has already ended.")
    public JobView cancel(@PathParam("id") UUID id, @Context SecurityContext security) {
        String who = security.getUserPrincipal() == null ? "a user" : security.getUserPrincipal().getName();
        jobs.cancel(id, "cancelled by " + who);
        return read(id);
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live progress of all jobs (Server-Sent Events named job)")
    public void allEvents(@Context SseEventSink sink, @Context Sse sse) {
        events.stream(sink, sse, Optional.empty());
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live progress of one asset's job (Server-Sent Events named job); ends when the job ends")
    public void events(@PathParam("id") UUID id, @Context SseEventSink sink, @Context Sse sse) {
        if (transactor.inTransaction(c -> new AssetRepository().byId(c, id)).isEmpty()) {
            throw new AssetNotFoundException("No media job " + id + ".");
        }
        events.stream(sink, sse, Optional.of(id));
    }
}
