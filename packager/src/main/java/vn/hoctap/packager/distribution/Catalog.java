package vn.hoctap.packager.distribution;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import vn.hoctap.authoring.search.SearchText;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.packager.content.LocalizedText;

/**
 * Reads the app catalogue: pages of course cards in change order with an opaque cursor, filtered by language,
 * tag, updated-since (which also lists withdrawals) and a diacritic-insensitive search (authoring's
 * {@link SearchText}); one course's card; the packages of a version. Parameters are checked here and reported
 * as {@link InvalidCatalogRequestException} naming the parameter.
 */
public final class Catalog {

    /** Largest page. */
    public static final int MAX_LIMIT = 100;
    /** Page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 20;

    private final Transactor transactor;
    private final DistributionRepository repository = new DistributionRepository();

    public Catalog(Transactor transactor) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
    }

    /** A page: the cards (JSON objects as text) and the cursor of the next page, empty on the last. */
    public record Page(List<String> cards, Optional<String> nextCursor) {
        public Page {
            cards = List.copyOf(cards);
        }

        /** The page as JSON: {@code {"items":[...],"nextCursor":...}}. */
        public String json() {
            return "{\"items\":[" + String.join(",", cards) + "],\"nextCursor\":"
                    + nextCursor.map(c -> "\"" + c + "\"").orElse("null") + "}";
        }
    }

    /**
     * One page.
     *
     * @param language     {@code vi}, {@code km} or {@code en}, or null
     * @param tag          a tag, or null
     * @param updatedSince ISO-8601 date-time with offset, or null; when given, withdrawals since then are listed
     *                     too (cards with {@code "state":"withdrawn"})
     * @param search       words, or null
     * @param cursor       the {@code nextCursor} of the previous page, or null
     * @param limit        1 to {@value #MAX_LIMIT}, or null for {@value #DEFAULT_LIMIT}
     */
    public Page page(String language, String tag, String updatedSince, String search, String cursor, Integer limit) {
        if (language != null && !LocalizedText.LANGUAGES.contains(language)) {
            throw new InvalidCatalogRequestException("language", "must be one of vi, km, en");
        }
        if (tag != null && (tag.isBlank() || tag.length() > 100 || tag.contains("|"))) {
            throw new InvalidCatalogRequestException("tag", "must be 1 to 100 characters without '|'");
        }
        Optional<OffsetDateTime> since = Optional.empty();
        if (updatedSince != null) {
            try {
                since = Optional.of(OffsetDateTime.parse(updatedSince));
            } catch (DateTimeParseException e) {
                throw new InvalidCatalogRequestException("updatedSince",
                        "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T08:00:00Z");
            }
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidCatalogRequestException("limit", "must be 1 to " + MAX_LIMIT);
        }
        if (search != null && search.length() > 200) {
            throw new InvalidCatalogRequestException("q", "must be at most 200 characters");
        }
        long after = cursor == null ? 0 : decodeCursor(cursor);
        CatalogQuery query = new CatalogQuery(Optional.ofNullable(language), Optional.ofNullable(tag), since,
                search == null ? List.of() : SearchText.terms(search), after, size + 1);
        List<DistributionRepository.CatalogEntry> entries = transactor.inTransaction(c -> repository.page(c, query));
        boolean more = entries.size() > size;
        List<DistributionRepository.CatalogEntry> shown = more ? entries.subList(0, size) : entries;
        return new Page(shown.stream().map(DistributionRepository.CatalogEntry::card).toList(),
                more ? Optional.of(encodeCursor(shown.get(shown.size() - 1).seq())) : Optional.empty());
    }

    /** The card of a course in the catalogue (published or withdrawn). */
    public String card(UUID courseId) {
        return transactor.inTransaction(c -> repository.entry(c, courseId))
                .orElseThrow(() -> new DistributionNotFoundException("Course " + courseId + " is not in the catalogue."))
                .card();
    }

    /** The packages of a version, empty until it is packaged. */
    public List<DistributionRepository.PackageRow> packagesOf(UUID courseId, int version) {
        return transactor.inTransaction(c -> repository.packages(c, courseId, version));
    }

    /** The package of a ready version in a format and variant. */
    public DistributionRepository.PackageRow packageOf(UUID courseId, int version, String format, String variant) {
        return transactor.inTransaction(c -> repository.packages(c, courseId, version)).stream()
                .filter(p -> p.format().equals(format) && p.variant().equals(variant)).findFirst()
                .orElseThrow(() -> new DistributionNotFoundException("No " + format + " " + variant + " package of"
                        + " version " + version + " of course " + courseId + " (formats cmi5, xapi, scorm12,"
                        + " scorm2004; variants full, low; a version is packaged shortly after publication)."));
    }

    static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + seq).getBytes(StandardCharsets.US_ASCII));
    }

    static long decodeCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith("after:")) {
                long seq = Long.parseLong(text.substring("after:".length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidCatalogRequestException("cursor", "is not a cursor this API gave (use nextCursor as it is)");
    }
}
