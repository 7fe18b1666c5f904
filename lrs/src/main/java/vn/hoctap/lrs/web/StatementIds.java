package vn.hoctap.lrs.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Statement ids, registrations and other UUIDs in parameters: the canonical 8-4-4-4-12 hex form only. */
final class StatementIds {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private StatementIds() {
    }

    static Optional<UUID> parse(String text) {
        return text != null && UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }
}
