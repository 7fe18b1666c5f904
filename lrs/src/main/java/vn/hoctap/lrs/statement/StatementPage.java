package vn.hoctap.lrs.statement;

import java.util.List;
import java.util.OptionalLong;

/** One page of a statement query: the statements' JSON as stored, and the cursor of the next page if any. */
public record StatementPage(List<String> statements, OptionalLong nextCursor) {
}
