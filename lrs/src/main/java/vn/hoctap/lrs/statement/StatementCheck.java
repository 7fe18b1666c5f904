package vn.hoctap.lrs.statement;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.core.error.ApiError.Violation;

/** The xAPI rules a statement must meet before it is stored: every violation, with JSON paths under {@code path}. */
@FunctionalInterface
public interface StatementCheck {

    List<Violation> violations(JsonNode statement, String path);
}
