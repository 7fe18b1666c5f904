package vn.hoctap.packager.distribution;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A catalogue page request: filters (all optional, combined with AND), the position after which the page starts
 * ({@code afterSeq}, 0 for the first page) and the page size.
 *
 * @param searchTerms words in the normal form of authoring's {@code SearchText}; every one must occur
 */
public record CatalogQuery(Optional<String> language, Optional<String> tag, Optional<OffsetDateTime> updatedSince,
        List<String> searchTerms, long afterSeq, int limit) {

    public CatalogQuery {
        searchTerms = List.copyOf(searchTerms);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }
}
