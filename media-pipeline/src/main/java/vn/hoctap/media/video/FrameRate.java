package vn.hoctap.media.video;

import java.util.Optional;

/**
 * A frame rate as an exact fraction (frames per second = numerator / denominator), as FFmpeg writes it
 * ({@code 30000/1001}). Always reduced, positive and finite.
 */
public record FrameRate(long numerator, long denominator) {

    /** Share of a cap that a rate obtained by dropping every k-th frame must keep to be preferred over the cap. */
    private static final double EVEN_DIVISION_MIN_SHARE = 0.75;

    public FrameRate {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("frame rate must be positive: " + numerator + "/" + denominator);
        }
        long gcd = gcd(numerator, denominator);
        numerator /= gcd;
        denominator /= gcd;
    }

    /** A whole number of frames per second. */
    public static FrameRate of(int framesPerSecond) {
        return new FrameRate(framesPerSecond, 1);
    }

    /**
     * Reads FFmpeg's notation ({@code "30/1"}, {@code "30000/1001"}, {@code "25"}); empty for {@code "0/0"},
     * {@code "N/A"}, zero, negative or malformed values.
     */
    public static Optional<FrameRate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            int slash = text.indexOf('/');
            long num = Long.parseLong(slash < 0 ? text.trim() : text.substring(0, slash).trim());
            long den = slash < 0 ? 1 : Long.parseLong(text.substring(slash + 1).trim());
            return num > 0 && den > 0 ? Optional.of(new FrameRate(num, den)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Frames per second as a decimal number. */
    public double fps() {
        return (double) numerator / denominator;
    }

    /** FFmpeg's notation, e.g. {@code 15/1} or {@code 30000/1001}. */
    public String toFfmpeg() {
        return numerator + "/" + denominator;
    }

    /**
     * The rate to encode a source of this rate at when the output may not exceed {@code cap}: this rate if it is
     * within the cap; else this rate divided by the smallest whole number that brings it under the cap (dropping
     * every second frame of 60 fps gives 30, of 25 fps gives 12.5: smooth motion) if that keeps at least 75 % of
     * the cap; else the cap itself.
     */
    public FrameRate cappedTo(FrameRate cap) {
        if (compareFps(this, cap) <= 0) {
            return this;
        }
        for (long k = 2; ; k++) {
            FrameRate divided = new FrameRate(numerator, denominator * k);
            if (compareFps(divided, cap) <= 0) {
                return divided.fps() >= EVEN_DIVISION_MIN_SHARE * cap.fps() ? divided : cap;
            }
        }
    }

    @Override
    public String toString() {
        return toFfmpeg();
    }

    private static int compareFps(FrameRate a, FrameRate b) {
        return Long.compare(a.numerator * b.denominator, b.numerator * a.denominator);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
