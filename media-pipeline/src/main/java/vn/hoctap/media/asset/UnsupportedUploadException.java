package vn.hoctap.media.asset;

import vn.hoctap.media.process.MediaProcessException;

/** The upload is not a video, audio file, slide deck or PDF the pipeline can process (answered with 415). */
public final class UnsupportedUploadException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public UnsupportedUploadException(String detectedType) {
        super("This file is " + detectedType + ", which the platform cannot use: upload a video (MP4, MOV, WebM...),"
                + " an audio file, a slide deck (pptx, ppt, odp), a PDF or an image (JPEG, PNG, GIF, WebP, BMP, TIFF,"
                + " AVIF; HEIC photos must be exported as JPEG).");
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
