package vn.hoctap.server;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The platform's HTTP API: the JSON API under {@code /api} and the LRS under {@code /xapi} (each resource names
 * its full path). Resources and providers of every module are discovered by scanning; JSON is written and read by
 * Jackson (the copy Payara bundles). Servlets with a longer mapping ({@code /storage/*}) take precedence.
 */
@ApplicationPath("")
@OpenAPIDefinition(info = @Info(title = "Hoc Tap platform API", version = "0.1",
        description = "Authoring, media, packages and administration of the lifelong-learning platform."))
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.jsonFeature", "JacksonFeature");
    }
}
