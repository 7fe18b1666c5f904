package vn.hoctap.core.lifecycle;

import java.nio.file.Path;

/**
 * Announced once per server start, after every setting was checked and the schema migrated: the moment for a
 * module to create the data it needs on a first start (the bootstrap admin, the default LRS store...).
 *
 * @param dataDirectory the platform's data directory, where first-start secrets may be written
 */
public record PlatformStarted(Path dataDirectory) {
}
