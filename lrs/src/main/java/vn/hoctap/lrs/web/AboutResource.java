package vn.hoctap.lrs.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /xapi/about}: the xAPI versions this LRS speaks. No credentials needed. */
@Path("xapi/about")
@RequestScoped
@Tag(name = "xAPI")
public class AboutResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "xAPI versions supported by this LRS")
    public Map<String, Object> about() {
        return Map.of("version", List.of("1.0.0", "1.0.1", "1.0.2", "1.0.3", "2.0.0"), "extensions", Map.of());
    }
}
