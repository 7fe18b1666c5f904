package vn.hoctap.lrs.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.hoctap.core.error.ApiError.Violation;

/**
 * The answer for one item of a sync request.
 *
 * @param index      the item's position in its list of the request
 * @param id         the statement id (statements with a valid id only)
 * @param status     what became of it
 * @param message    why it was rejected (empty otherwise)
 * @param violations where and what is wrong, JSON paths from the request body's root (rejected items only)
 */
public record SyncOutcome(int index, Optional<UUID> id, SyncStatus status, Optional<String> message,
        List<Violation> violations) {

    public SyncOutcome {
        violations = List.copyOf(violations);
    }

    static SyncOutcome stored(int index, Optional<UUID> id) {
        return new SyncOutcome(index, id, SyncStatus.STORED, Optional.empty(), List.of());
    }

    static SyncOutcome alreadyStored(int index, UUID id) {
        return new SyncOutcome(index, Optional.of(id), SyncStatus.ALREADY_STORED, Optional.empty(), List.of());
    }

    static SyncOutcome rejected(int index, Optional<UUID> id, String message, List<Violation> violations) {
        return new SyncOutcome(index, id, SyncStatus.REJECTED, Optional.of(message), violations);
    }
}
