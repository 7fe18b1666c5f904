package vn.hoctap.samples;

/**
 * The root of what can go wrong while generating the sample course: a wrong outline, a missing tool
 * (LibreOffice, espeak-ng, the bundled ffmpeg) or a tool that failed. The message says what to fix.
 */
public class SampleGenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SampleGenerationException(String message) {
        super(message);
    }

    public SampleGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
