package vn.hoctap.lrs.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One isolated Learning Record Store (a tenant): its statements and documents are seen and changed only through
 * its own credentials. The province runs one per programme or partner LMS.
 */
public record LrsStore(UUID id, String name, OffsetDateTime createdAt) {
}
