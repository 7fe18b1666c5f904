package vn.hoctap.lrs.document;

import java.util.Arrays;
import java.util.Optional;

/** The If-Match / If-None-Match headers of a document request. */
public record Preconditions(Optional<String> ifMatch, Optional<String> ifNoneMatch) {

    public static Preconditions none() {
        return new Preconditions(Optional.empty(), Optional.empty());
    }

    public boolean present() {
        return ifMatch.isPresent() || ifNoneMatch.isPresent();
    }

    /** Whether the headers hold for the current document (empty when there is none). */
    public boolean holdFor(Optional<Document> current) {
        if (ifMatch.isPresent() && (current.isEmpty() || !matches(ifMatch.get(), current.get().etag()))) {
            return false;
        }
        return ifNoneMatch.isEmpty() || current.isEmpty() || !matches(ifNoneMatch.get(), current.get().etag());
    }

    private static boolean matches(String header, String etag) {
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", ""))
                .anyMatch(tag -> tag.equals("*") || tag.equalsIgnoreCase(etag));
    }
}
