package vn.hoctap.core.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes through the first bytes of a stream, then throws, like an upload whose client disconnects. */
final class FailingInputStream extends FilterInputStream {

    private long remainingBeforeFailure;

    FailingInputStream(InputStream in, long failAfterBytes) {
        super(in);
        this.remainingBeforeFailure = failAfterBytes;
    }

    @Override
    public int read() throws IOException {
        failIfDue();
        int b = in.read();
        if (b >= 0) {
            remainingBeforeFailure--;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        failIfDue();
        int n = in.read(buffer, offset, (int) Math.min(length, remainingBeforeFailure));
        if (n > 0) {
            remainingBeforeFailure -= n;
        }
        return n;
    }

    private void failIfDue() throws IOException {
        if (remainingBeforeFailure <= 0) {
            throw new IOException("simulated failure of the content stream");
        }
    }
}
