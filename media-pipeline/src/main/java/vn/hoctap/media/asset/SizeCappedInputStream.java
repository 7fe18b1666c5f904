package vn.hoctap.media.asset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes bytes through until more than {@code cap} were read, then fails with {@link CapExceeded}. */
final class SizeCappedInputStream extends FilterInputStream {

    /** Thrown (as the read failure the object store reports) when the cap is passed. */
    static final class CapExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        CapExceeded(long cap) {
            super("more than " + cap + " bytes");
        }
    }

    private final long cap;
    private long count;

    SizeCappedInputStream(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws CapExceeded {
        count += n;
        if (count > cap) {
            throw new CapExceeded(cap);
        }
    }
}
