package vn.hoctap.lrs.web;

import java.util.Optional;
import java.util.UUID;

import vn.hoctap.lrs.validation.Uuids;

/** Statement ids, registrations and other UUIDs in parameters: the canonical 8-4-4-4-12 hex form only. */
final class StatementIds {


    private StatementIds() {
    }

    static Optional<UUID> parse(String text) {
        return text != null && Uuids.isValid(text) ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }
}
