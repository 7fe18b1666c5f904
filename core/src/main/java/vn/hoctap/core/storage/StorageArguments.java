package vn.hoctap.core.storage;

import java.time.Duration;
import java.util.Objects;

/** Checks of the arguments every adapter receives, so that all adapters accept and reject the same values. */
final class StorageArguments {

    private static final int MAX_CONTENT_TYPE_LENGTH = 255;

    private StorageArguments() {
    }

    /**
     * The content type to record: {@link ObjectStore#DEFAULT_CONTENT_TYPE} for {@code null} or blank, otherwise the
     * given one without the optional white space around {@code ;} separators ({@code text/plain; charset=utf-8}
     * becomes {@code text/plain;charset=utf-8}), the form some S3 servers store whatever they are sent, so that
     * every adapter records the same string.
     */
    static String contentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return ObjectStore.DEFAULT_CONTENT_TYPE;
        }
        String trimmed = withoutSpaceAroundSemicolons(contentType.strip());
        if (trimmed.length() > MAX_CONTENT_TYPE_LENGTH) {
            throw new IllegalArgumentException("content type must be at most " + MAX_CONTENT_TYPE_LENGTH
                    + " characters long");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("content type must be printable ASCII: " + trimmed);
            }
        }
        return trimmed;
    }

    /** Removes spaces and tabs next to each {@code ;} outside quoted strings. */
    private static String withoutSpaceAroundSemicolons(String contentType) {
        StringBuilder result = new StringBuilder(contentType.length());
        boolean quoted = false;
        boolean afterSemicolon = false;
        for (int i = 0; i < contentType.length(); i++) {
            char c = contentType.charAt(i);
            if (!quoted && (c == ' ' || c == '\t')) {
                if (afterSemicolon || nextNonBlankIsSemicolon(contentType, i)) {
                    continue;
                }
            }
            if (c == '"' && (i == 0 || contentType.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            afterSemicolon = !quoted && c == ';';
            result.append(c);
        }
        return result.toString();
    }

    private static boolean nextNonBlankIsSemicolon(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return c == ';';
            }
        }
        return false;
    }

    static Duration downloadTtl(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("download URL ttl must be at least 1 second, is " + ttl);
        }
        if (ttl.compareTo(ObjectStore.MAX_DOWNLOAD_URL_TTL) > 0) {
            throw new IllegalArgumentException("download URL ttl must be at most "
                    + ObjectStore.MAX_DOWNLOAD_URL_TTL + ", is " + ttl);
        }
        return ttl;
    }

    static int pageLimit(int limit) {
        if (limit < 1 || limit > ObjectStore.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page limit must be between 1 and " + ObjectStore.MAX_PAGE_SIZE
                    + ", is " + limit);
        }
        return limit;
    }

    /** {@code null} for "from the beginning" ({@code null} or empty), otherwise the given key. */
    static String startAfter(String startAfter) {
        return startAfter == null || startAfter.isEmpty() ? null : startAfter;
    }
}
