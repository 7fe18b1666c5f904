package vn.hoctap.packager.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.hoctap.authoring.access.Actor;
import vn.hoctap.authoring.identity.Role;
import vn.hoctap.authoring.publishing.Publishing;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.packager.distribution.Catalog;
import vn.hoctap.packager.distribution.CatalogCards;
import vn.hoctap.packager.distribution.DistributionNotFoundException;
import vn.hoctap.packager.distribution.DistributionRepository;

/**
 * The packages of a published version for the platform's staff (issue 6, point 5), e.g. to import into a
 * third-party LMS: the list with sizes and SHA-256, and each zip, resumable like the app's downloads. Whoever may
 * read the course in authoring (its owner, reviewers, administrators) may download its packages.
 */
@Path("api/courses/{courseId}/versions/{version}/packages")
@RequestScoped
@RolesAllowed({"admin", "author", "reviewer"})
@Tag(name = "Packages", description = "cmi5, xAPI, SCORM 1.2 and SCORM 2004 packages of published versions")
public class StaffPackagesResource {

    @Inject
    Catalog catalog;

    @Inject
    Publishing publishing;

    @Inject
    ObjectStore store;

    @Inject
    @ConfigProperty(name = "hoctap.downloads.redirect", defaultValue = "false")
    boolean redirect;

    @Context
    SecurityContext security;

    @PathParam("courseId")
    UUID courseId;

    @PathParam("version")
    int version;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The 8 packages of a version: format, variant, size, SHA-256, download URL",
            description = "404 until the version is packaged (a few seconds after publication).")
    public List<Map<String, Object>> list() {
        publishing.history(actor(), courseId);
        List<DistributionRepository.PackageRow> rows = catalog.packagesOf(courseId, version);
        if (rows.isEmpty()) {
            throw new DistributionNotFoundException("Version " + version + " of course " + courseId
                    + " has no packages (yet): a version is packaged a few seconds after publication.");
        }
        return rows.stream().map(p -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("format", p.format());
            entry.put("variant", p.variant());
            entry.put("fileName", p.fileName());
            entry.put("size", p.size());
            entry.put("sha256", p.sha256());
            entry.put("url", "/api/courses/" + courseId + "/versions/" + version + "/packages/" + p.format() + "/"
                    + p.variant());
            entry.put("appUrl", CatalogCards.packageUrl(courseId, version, p.format(), p.variant()));
            return entry;
        }).toList();
    }

    @GET
    @Path("{format}/{variant}")
    @Operation(summary = "Download a package (zip); resumable with Range / If-Range; ETag = SHA-256")
    public Response download(@PathParam("format") String format, @PathParam("variant") String variant,
            @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(format, variant, range, ifRange, ifNoneMatch, true);
    }

    @HEAD
    @Path("{format}/{variant}")
    public Response head(@PathParam("format") String format, @PathParam("variant") String variant,
            @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(format, variant, range, ifRange, ifNoneMatch, false);
    }

    private Response serve(String format, String variant, String range, String ifRange, String ifNoneMatch,
            boolean withBody) {
        publishing.history(actor(), courseId);
        DistributionRepository.PackageRow p = catalog.packageOf(courseId, version, format, variant);
        return Downloads.serve(store, redirect, p.objectKey(), "application/zip",
                "attachment; filename=\"" + p.fileName() + "\"", "private, max-age=3600", range, ifRange, ifNoneMatch,
                withBody);
    }

    private Actor actor() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return new Actor(security.getUserPrincipal().getName(), roles);
    }
}
