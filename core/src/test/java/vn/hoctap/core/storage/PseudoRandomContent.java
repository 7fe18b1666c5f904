package vn.hoctap.core.storage;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Deterministic pseudo-random test content of any size that is never held in memory: the byte at a position is a
 * function of the seed and the position only, so the same content can be streamed twice (once into the store,
 * once into a digest) and any range of it can be generated on its own.
 */
final class PseudoRandomContent {

    private final long seed;
    private final long size;

    PseudoRandomContent(long seed, long size) {
        this.seed = seed;
        this.size = size;
    }

    long size() {
        return size;
    }

    /** A fresh stream of the whole content. */
    InputStream stream() {
        return new Stream(0, size);
    }

    /** Bytes {@code start .. start + length - 1}. */
    byte[] bytes(long start, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = byteAt(start + i);
        }
        return bytes;
    }

    /** SHA-256 of the whole content, computed by streaming it. */
    String sha256() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        byte[] buffer = new byte[64 * 1024];
        long position = 0;
        while (position < size) {
            int n = (int) Math.min(buffer.length, size - position);
            fill(position, buffer, 0, n);
            digest.update(buffer, 0, n);
            position += n;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private byte byteAt(long position) {
        return (byte) (mix(seed + (position >>> 3) * 0x9E3779B97F4A7C15L) >>> ((position & 7) * 8));
    }

    private void fill(long position, byte[] target, int offset, int length) {
        for (int i = 0; i < length; i++) {
            target[offset + i] = byteAt(position + i);
        }
    }

    /** The SplitMix64 finaliser: a good bijective scrambling of a 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private final class Stream extends InputStream {

        private long position;
        private final long end;

        Stream(long start, long end) {
            this.position = start;
            this.end = end;
        }

        @Override
        public int read() {
            return position < end ? byteAt(position++) & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= end) {
                return -1;
            }
            int n = (int) Math.min(length, end - position);
            fill(position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
