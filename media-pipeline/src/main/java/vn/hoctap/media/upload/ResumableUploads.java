package vn.hoctap.media.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.ContentReadException;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.media.asset.MediaIntake;
import vn.hoctap.media.asset.UnsupportedUploadException;
import vn.hoctap.media.asset.UploadLimits;
import vn.hoctap.media.asset.UploadTooLargeException;
import vn.hoctap.media.process.MediaIoException;

/**
 * Uploads sent in pieces over several requests, resumable after a dropped connection (ADR 11: the tus 1.0 protocol
 * with the creation, termination, checksum and expiration extensions, implemented over the object store).
 *
 * <p>Every piece is stored as its own object under {@code media/uploads/<id>/} and recorded in the database with
 * its offset before the upload's offset moves on, so that any node can answer the offset, take the next piece or
 * assemble the upload. A request body is cut into pieces of at most {@code pieceBytes}: when a connection drops,
 * every complete piece before the break is kept and the client continues from the offset it is told. A piece sent
 * with a checksum is kept only when the whole request body matches it.
 *
 * <p>When the last byte arrives the pieces are read back in order as one stream and handed to {@link MediaIntake},
 * exactly like a simple upload (type detection, size limit of the kind, same bytes = one asset); the pieces are then
 * deleted. Uploads nobody continues expire {@code lifetime} after their last piece: {@link #expireAbandoned()}
 * deletes them with their pieces.
 */
public final class ResumableUploads {

    private static final String PREFIX = "media/uploads/";

    private final ObjectStore store;
    private final Transactor transactor;
    private final UploadRepository repository;
    private final MediaIntake intake;
    private final UploadLimits limits;
    private final Duration lifetime;
    private final int pieceBytes;
    private final Clock clock;

    /**
     * @param lifetime   how long an upload waits for its next piece before it expires
     * @param pieceBytes the largest piece stored as one object (what a dropped connection can lose at most)
     */
    public ResumableUploads(ObjectStore store, Transactor transactor, UploadRepository repository, MediaIntake intake,
            UploadLimits limits, Duration lifetime, int pieceBytes, Clock clock) {
        if (pieceBytes < 1) {
            throw new IllegalArgumentException("pieceBytes must be positive");
        }
        this.store = store;
        this.transactor = transactor;
        this.repository = repository;
        this.intake = intake;
        this.limits = limits;
        this.lifetime = lifetime;
        this.pieceBytes = pieceBytes;
        this.clock = clock;
    }

    /** The state after a piece: the new offset and, once the upload is complete, what it became. */
    public record Appended(ResumableUpload upload, Optional<MediaIntake.Received> received) {
    }

    /** The largest length an upload may declare: the largest limit of any kind. */
    public long maxLength() {
        return limits.largest();
    }

    /**
     * Starts an upload of {@code length} bytes.
     *
     * @throws InvalidUploadRequestException if the length is negative
     * @throws UploadTooLargeException       if the length is above every kind's limit (nothing is recorded)
     */
    public ResumableUpload create(long length, Optional<String> originalName) {
        if (length < 0) {
            throw new InvalidUploadRequestException("Upload-Length must be a number of bytes, 0 or more.");
        }
        if (length > limits.largest()) {
            throw new UploadTooLargeException("An upload", limits.largest());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ResumableUpload upload = new ResumableUpload(UUID.randomUUID(), length, 0,
                originalName.map(n -> n.length() > 500 ? n.substring(0, 500) : n), Optional.empty(), now, now.plus(lifetime));
        transactor.inTransaction(c -> {
            repository.insert(c, upload);
            return null;
        });
        return upload;
    }

    /**
     * The upload, if it exists and has not expired.
     */
    public Optional<ResumableUpload> find(UUID id) {
        return transactor.inTransaction(c -> repository.byId(c, id))
                .filter(u -> u.expiresAt().isAfter(OffsetDateTime.now(clock)));
    }

    /**
     * The upload, which exists and has not expired.
     *
     * @throws UploadNotFoundException if it never existed, expired or was terminated
     */
    public ResumableUpload get(UUID id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Appends the bytes of {@code body} at {@code offset}. When the upload is then complete, it becomes an asset
     * through {@link MediaIntake}; an upload already complete that never became one (its node died) is completed
     * by a request at its last offset with an empty body.
     *
     * @param checksum when present, the piece is kept only if the whole body matches it
     * @throws UploadNotFoundException          if the upload does not exist or expired
     * @throws UploadOffsetConflictException    if {@code offset} is not the number of bytes received so far
     * @throws InvalidUploadRequestException    if the body goes beyond the declared length (the bytes within it are kept)
     * @throws UploadChecksumMismatchException  if the body does not match {@code checksum} (nothing is kept)
     * @throws MediaIoException                 if reading the body failed (the connection dropped): the complete
     *                                          pieces read before are kept
     * @throws UnsupportedUploadException       when the completed upload is not media (it is deleted)
     * @throws UploadTooLargeException          when the completed upload is above its kind's limit (it is deleted)
     */
    public Appended append(UUID id, long offset, InputStream body, Optional<UploadChecksum> checksum) {
        ResumableUpload upload = get(id);
        if (upload.assetId().isPresent()) {
            if (offset == upload.declaredLength()) {
                return new Appended(upload, Optional.empty());
            }
            throw conflict(upload, offset);
        }
        if (offset != upload.received()) {
            throw conflict(upload, offset);
        }
        MessageDigest digest = checksum.map(UploadChecksum::newDigest).orElse(null);
        PushbackInputStream source = new PushbackInputStream(digest == null ? body : new DigestInputStream(body, digest), 1);
        List<UploadRepository.Piece> unconfirmed = new ArrayList<>();
        long position = offset;
        boolean excess = false;
        try {
            while (true) {
                int next = read(source);
                if (next < 0) {
                    break;
                }
                if (position == upload.declaredLength()) {
                    excess = true;
                    break;
                }
                unread(source, next);
                long length = Math.min(pieceBytes, upload.declaredLength() - position);
                UploadRepository.Piece piece = storePiece(id, position, new Bounded(source, length));
                if (digest == null) {
                    commit(upload, List.of(piece));
                } else {
                    unconfirmed.add(piece);
                }
                position += piece.length();
            }
        } catch (MediaIoException e) {
            discard(unconfirmed);
            throw e;
        }
        if (digest != null) {
            if (!checksum.get().matches(digest.digest())) {
                discard(unconfirmed);
                throw new UploadChecksumMismatchException("The piece does not match its Upload-Checksum ("
                        + checksum.get().algorithm() + "); nothing of it was kept: send it again from offset " + offset + ".");
            }
            commit(upload, unconfirmed);
        }
        if (excess) {
            throw new InvalidUploadRequestException("The body goes beyond the declared Upload-Length of "
                    + upload.declaredLength() + " bytes; the bytes up to it were kept.");
        }
        ResumableUpload now = get(id);
        if (now.allReceived()) {
            return complete(now);
        }
        return new Appended(now, Optional.empty());
    }

    /**
     * Deletes the upload and its pieces (tus termination).
     *
     * @throws UploadNotFoundException if there is no such upload
     */
    public void terminate(UUID id) {
        boolean existed = transactor.inTransaction(c -> repository.delete(c, id));
        deleteObjects(id);
        if (!existed) {
            throw notFound(id);
        }
    }

    /**
     * Deletes every upload whose time ran out, with its pieces; run now and then (the job runner does, hourly).
     *
     * @return how many uploads were deleted
     */
    public int expireAbandoned() {
        int deleted = 0;
        List<UUID> expired;
        do {
            expired = transactor.inTransaction(c -> repository.expiredBefore(c, OffsetDateTime.now(clock), 100));
            for (UUID id : expired) {
                if (transactor.inTransaction(c -> repository.delete(c, id))) {
                    deleted++;
                }
                deleteObjects(id);
            }
        } while (expired.size() == 100);
        return deleted;
    }

    private Appended complete(ResumableUpload upload) {
        List<UploadRepository.Piece> pieces = transactor.inTransaction(c -> repository.pieces(c, upload.id()));
        MediaIntake.Received received;
        try (InputStream assembled = assemble(pieces)) {
            received = intake.receive(assembled, upload.originalName());
        } catch (UnsupportedUploadException | UploadTooLargeException e) {
            transactor.inTransaction(c -> repository.delete(c, upload.id()));
            discard(pieces);
            throw e;
        } catch (IOException e) {
            throw new MediaIoException("Cannot read back the pieces of upload " + upload.id(), e);
        }
        transactor.inTransaction(c -> {
            repository.complete(c, upload.id(), received.asset().id());
            return null;
        });
        discard(pieces);
        ResumableUpload done = find(upload.id()).orElse(upload);
        return new Appended(done, Optional.of(received));
    }

    private InputStream assemble(List<UploadRepository.Piece> pieces) {
        Iterator<UploadRepository.Piece> each = pieces.iterator();
        return new SequenceInputStream(new java.util.Enumeration<InputStream>() {
            @Override
            public boolean hasMoreElements() {
                return each.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return store.open(each.next().key());
            }
        });
    }

    private UploadRepository.Piece storePiece(UUID id, long start, InputStream content) {
        String key = PREFIX + id + "/" + String.format("%019d", start) + "-" + UUID.randomUUID();
        try {
            StoredObject stored = store.put(key, content, ObjectStore.DEFAULT_CONTENT_TYPE);
            return new UploadRepository.Piece(start, stored.size(), key);
        } catch (ContentReadException e) {
            IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
            throw new MediaIoException("The upload's connection broke at offset " + start
                    + "; ask for the offset and send the rest", cause);
        }
    }

    private void commit(ResumableUpload upload, List<UploadRepository.Piece> pieces) {
        OffsetDateTime expires = OffsetDateTime.now(clock).plus(lifetime);
        try {
            transactor.inTransaction(c -> {
                for (UploadRepository.Piece piece : pieces) {
                    if (!repository.appendPiece(c, upload.id(), piece, expires)) {
                        throw new OffsetMoved(); // rolls back the pieces recorded before
                    }
                }
                return null;
            });
        } catch (OffsetMoved e) {
            discard(pieces);
            ResumableUpload now = get(upload.id());
            throw new UploadOffsetConflictException("Another request appended to upload " + upload.id()
                    + " first; its offset is now " + now.received() + ".");
        }
    }

    /** Another request moved the offset while this one stored its piece. */
    private static final class OffsetMoved extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OffsetMoved() {
            super(null, null, false, false);
        }
    }

    /**
     * Deletes every object stored for the upload: its recorded pieces and any piece a dying node stored without
     * recording it.
     */
    private void deleteObjects(UUID id) {
        store.list(PREFIX + id + "/").forEach(o -> store.delete(o.key()));
    }

    private void discard(List<UploadRepository.Piece> pieces) {
        pieces.forEach(p -> store.delete(p.key()));
    }

    private static void unread(PushbackInputStream source, int b) {
        try {
            source.unread(b);
        } catch (IOException e) {
            throw new IllegalStateException("pushback buffer full", e);
        }
    }

    private static int read(InputStream source) {
        try {
            return source.read();
        } catch (IOException e) {
            throw new MediaIoException("The upload's connection broke; ask for the offset and send the rest", e);
        }
    }

    private static UploadNotFoundException notFound(UUID id) {
        return new UploadNotFoundException("No upload " + id + ": it never existed, expired or was terminated;"
                + " start a new upload.");
    }

    private static UploadOffsetConflictException conflict(ResumableUpload upload, long offset) {
        return new UploadOffsetConflictException("Upload-Offset " + offset + " does not match the " + upload.received()
                + " bytes received so far; ask for the offset (HEAD) and continue from there.");
    }

    /** At most {@code limit} bytes of the source, which it never closes. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the request body is closed by its owner
        }
    }

}
