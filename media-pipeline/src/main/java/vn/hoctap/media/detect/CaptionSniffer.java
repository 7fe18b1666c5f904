package vn.hoctap.media.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises caption files among text files, including the forms Tika's magic misses: a byte-order mark before
 * {@code WEBVTT}, blank lines or a BOM before the first SubRip cue, CRLF line ends.
 */
final class CaptionSniffer {

    private static final int SNIFFED_BYTES = 8192;
    private static final Pattern WEBVTT_SIGNATURE = Pattern.compile("\\AWEBVTT(?:[ \\t].*)?(?:\\R|\\z)[\\s\\S]*");
    private static final Pattern SUBRIP_FIRST_CUE = Pattern.compile(
            "\\A\\s*\\d+[ \\t]*\\R\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3}[ \\t]*-->[ \\t]*\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3}[\\s\\S]*");

    private CaptionSniffer() {
    }

    /** {@link MimeTypes#WEBVTT}, {@link MimeTypes#SUBRIP}, or empty when the file's start is neither. */
    static Optional<String> captionType(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED_BYTES);
        }
        Optional<String> text = decodeUtf8Prefix(head);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String start = text.get();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        if (WEBVTT_SIGNATURE.matcher(start).matches()) {
            return Optional.of(MimeTypes.WEBVTT);
        }
        if (SUBRIP_FIRST_CUE.matcher(start).matches()) {
            return Optional.of(MimeTypes.SUBRIP);
        }
        return Optional.empty();
    }

    /** The bytes as UTF-8, forgiving only a multi-byte character cut at the end of the sniffed prefix. */
    private static Optional<String> decodeUtf8Prefix(byte[] head) {
        for (int cut = 0; cut <= 3 && cut <= head.length; cut++) {
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, head.length - cut))
                        .toString());
            } catch (CharacterCodingException notUtf8) {
                if (head.length < SNIFFED_BYTES) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
