package vn.hoctap.lrs.statement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a statement query: the statements' JSON as stored, the cursor of the next page if any, and the
 * latest {@code stored} among the page's statements (what {@code Last-Modified} answers), empty for an empty page.
 */
public record StatementPage(List<String> statements, OptionalLong nextCursor, Optional<OffsetDateTime> lastStored) {
}
