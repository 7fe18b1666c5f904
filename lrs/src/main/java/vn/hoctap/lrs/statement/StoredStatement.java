package vn.hoctap.lrs.statement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A statement row: its storage sequence number (the paging key), id, whether it is voided, the credential that
 * stored it, when it was stored (the {@code stored} of its JSON) and its exact JSON.
 */
public record StoredStatement(long seq, UUID id, boolean voided, UUID credentialId, OffsetDateTime stored,
        String json) {
}
