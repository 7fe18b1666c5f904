package vn.hoctap.media.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Classifies an upload from its bytes: Apache Tika's core detector (magic bytes), refined by a look inside
 * ZIP and OLE2 containers and by a caption sniffer (see the {@linkplain vn.hoctap.media.detect package}).
 * The file name is never consulted, so a pptx renamed {@code .pdf} is still a pptx, and a text file renamed
 * {@code .mp4} is not a video.
 *
 * <p><b>Contract.</b> {@code detect} never fails because of what the content is: unknown, empty, random or
 * damaged content gives {@link MediaKind#UNSUPPORTED} (with {@code application/octet-stream} or the most
 * specific type recognised), and a damaged container that can still be recognised (a truncated pptx) gives its
 * kind, leaving the "corrupt" verdict to the stage that opens it. It throws {@link IOException} only when the
 * file itself cannot be read. It never modifies the input.
 *
 * <p>Instances are immutable and thread-safe; creating one loads Tika's MIME type registry, so share it.
 */
public final class MediaTypeDetector {

    private static final Set<String> RASTER_IMAGES = Set.of(
            "image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/x-ms-bmp", "image/tiff",
            "image/heic", "image/heif", "image/avif");
    private static final Set<String> VIDEO_CONTAINERS = Set.of(
            "application/mp4", "application/x-matroska", "application/mxf");
    private static final Set<String> AUDIO_CONTAINERS = Set.of("application/ogg");
    private static final Set<String> ZIP_LIKE = Set.of(
            MimeTypes.ZIP, MimeTypes.GENERIC_OOXML, "application/x-zip-compressed", "application/java-archive");
    private static final Set<String> OLE2_LIKE = Set.of(MimeTypes.GENERIC_OLE2, MimeTypes.ENCRYPTED_OOXML);

    private final Detector tika;

    /** A detector with Tika's default configuration (every detector on the class path: here tika-core's). */
    public MediaTypeDetector() {
        this(TikaConfig.getDefaultConfig().getDetector());
    }

    /** A detector built on the given Tika detector (for example one from a custom {@code TikaConfig}). */
    public MediaTypeDetector(Detector tika) {
        this.tika = Objects.requireNonNull(tika, "tika");
    }

    /**
     * What the file is.
     *
     * @param file a regular file; read, never modified, never renamed; its name is ignored
     * @return never {@code null}; {@link MediaKind#UNSUPPORTED} for anything this platform does not process
     * @throws IOException when the file does not exist or cannot be read
     */
    public DetectedMedia detect(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "not a regular file");
        }
        if (Files.size(file) == 0) {
            return new DetectedMedia(MediaKind.UNSUPPORTED, MimeTypes.OCTET_STREAM);
        }
        String magic = magicType(file);
        String refined = refine(file, magic);
        return new DetectedMedia(kindOf(refined), refined);
    }

    /**
     * What the stream's content is. The stream is read to its end (copied to a temporary file, which is deleted
     * before this method returns, because containers must be opened as a whole) and is <em>not</em> closed:
     * the caller owns it.
     *
     * @param content never {@code null}
     * @return as {@link #detect(Path)}
     * @throws IOException when reading the stream or writing the temporary file fails
     */
    public DetectedMedia detect(InputStream content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path spooled = Files.createTempFile("detect-", ".upload");
        try {
            Files.copy(content, spooled, StandardCopyOption.REPLACE_EXISTING); // Files.copy does not close it
            return detect(spooled);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private String magicType(Path file) throws IOException {
        // A fresh Metadata carries no resource name: Tika must not guess from the file name.
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = tika.detect(in, new Metadata());
            return type.getBaseType().toString().toLowerCase(Locale.ROOT);
        }
    }

    private static String refine(Path file, String magic) throws IOException {
        if (ZIP_LIKE.contains(magic) || magic.startsWith("application/vnd.oasis.opendocument.")) {
            return ZipContainerInspector.documentType(file).orElse(magic);
        }
        if (OLE2_LIKE.contains(magic)) {
            return Ole2ContainerInspector.documentType(file).orElse(magic);
        }
        if (magic.equals("text/plain") || magic.equals(MimeTypes.WEBVTT) || magic.equals(MimeTypes.SUBRIP)) {
            Optional<String> captions = CaptionSniffer.captionType(file);
            return captions.orElse(magic.equals("text/plain") ? magic : "text/plain");
        }
        return magic;
    }

    private static MediaKind kindOf(String mime) {
        switch (mime) {
            case MimeTypes.PPTX, MimeTypes.PPSX, MimeTypes.POTX, MimeTypes.PPTM, MimeTypes.PPSM, MimeTypes.POTM:
                return MediaKind.SLIDES_PPTX;
            case MimeTypes.PPT:
                return MediaKind.SLIDES_PPT;
            case MimeTypes.ODP, MimeTypes.OTP:
                return MediaKind.SLIDES_ODP;
            case MimeTypes.PDF:
                return MediaKind.PDF;
            case MimeTypes.WEBVTT, MimeTypes.SUBRIP:
                return MediaKind.CAPTIONS;
            default:
                break;
        }
        if (mime.startsWith("video/") || VIDEO_CONTAINERS.contains(mime)) {
            return MediaKind.VIDEO;
        }
        if (mime.startsWith("audio/") || AUDIO_CONTAINERS.contains(mime)) {
            return MediaKind.AUDIO;
        }
        if (RASTER_IMAGES.contains(mime)) {
            return MediaKind.IMAGE;
        }
        return MediaKind.UNSUPPORTED;
    }
}
