-- Resumable uploads (ADR 11): the declared length, the bytes received so far, and when an abandoned upload expires.
CREATE TABLE media_upload (
    id              UUID         NOT NULL PRIMARY KEY,
    declared_length BIGINT       NOT NULL,
    received        BIGINT       NOT NULL,
    original_name   VARCHAR(500),
    asset_id        UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX media_upload_expires ON media_upload (expires_at);

-- The pieces received so far, each an object in the object store, so that any node can continue or assemble.
CREATE TABLE media_upload_piece (
    upload_id  UUID         NOT NULL REFERENCES media_upload (id) ON DELETE CASCADE,
    start_at   BIGINT       NOT NULL,
    length     BIGINT       NOT NULL,
    object_key VARCHAR(512) NOT NULL,
    PRIMARY KEY (upload_id, start_at)
);

-- Jobs listed by status, most recently changed first.
CREATE INDEX media_asset_status_updated ON media_asset (status, updated_at);
CREATE INDEX media_asset_updated ON media_asset (updated_at);
