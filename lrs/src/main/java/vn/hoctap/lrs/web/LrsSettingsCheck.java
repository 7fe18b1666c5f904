package vn.hoctap.lrs.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.hoctap.core.config.InvalidSettingException;
import vn.hoctap.core.config.Setting;
import vn.hoctap.core.lifecycle.PlatformStarted;

/** Checks the LRS settings read outside CDI ({@code hoctap.lrs.base-path}) when the platform starts. */
@ApplicationScoped
public class LrsSettingsCheck {

    @Inject
    @ConfigProperty(name = "hoctap.lrs.base-path", defaultValue = BasePath.INTERNAL)
    String basePath;

    void onStart(@Observes PlatformStarted started) {
        try {
            BasePath.parse(basePath);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(Setting.LRS_BASE_PATH, e.getMessage());
        }
    }
}
