package vn.hoctap.core.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Passes the bytes of a stream through while computing their SHA-256 digest and counting them. Remembers an
 * {@link IOException} thrown by the wrapped stream, so that a caller can tell a failure of the content from a
 * failure of the storage that was reading it. Does not close the wrapped stream (its owner does).
 */
final class DigestingInputStream extends FilterInputStream {

    private final MessageDigest sha256;
    private long size;
    private IOException contentFailure;
    private String sha256Hex;

    DigestingInputStream(InputStream content) {
        super(content);
        this.sha256 = newSha256();
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = in.read();
        } catch (IOException e) {
            contentFailure = e;
            throw e;
        }
        if (b >= 0) {
            sha256.update((byte) b);
            size++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException e) {
            contentFailure = e;
            throw e;
        }
        if (n > 0) {
            sha256.update(buffer, offset, n);
            size += n;
        }
        return n;
    }

    /** Skips by reading, so that skipped bytes are digested too. */
    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // not supported: a reset would digest bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset is not supported");
    }

    /** Leaves the wrapped stream open: it belongs to the caller of {@link ObjectStore#put}. */
    @Override
    public void close() {
        // the content stream is closed by its owner
    }

    /** Number of bytes read so far. */
    long size() {
        return size;
    }

    /** The exception thrown by the wrapped stream, if reading it failed. */
    Optional<IOException> contentFailure() {
        return Optional.ofNullable(contentFailure);
    }

    /** Lowercase hex SHA-256 of the bytes read; call once the stream has been read to its end. */
    String sha256Hex() {
        if (sha256Hex == null) {
            sha256Hex = HexFormat.of().formatHex(sha256.digest());
        }
        return sha256Hex;
    }
}
