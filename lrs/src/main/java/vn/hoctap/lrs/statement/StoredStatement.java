package vn.hoctap.lrs.statement;

import java.util.UUID;

/** A statement row: its storage sequence number (the paging key), id, whether it is voided, and its exact JSON. */
public record StoredStatement(long seq, UUID id, boolean voided, UUID credentialId, String json) {
}
