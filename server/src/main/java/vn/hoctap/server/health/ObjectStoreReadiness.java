package vn.hoctap.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.server.storage.StorageSettings;

/** Ready when the object store accepts requests (the bucket exists and the keys work, or the directory is usable). */
@Readiness
@ApplicationScoped
public class ObjectStoreReadiness implements HealthCheck {

    @Inject
    ObjectStore objectStore;

    @Inject
    StorageSettings settings;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("object-store").withData("type", settings.type());
        try {
            objectStore.checkReady();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
