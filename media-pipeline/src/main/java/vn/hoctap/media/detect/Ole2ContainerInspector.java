package vn.hoctap.media.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells which document an OLE2 compound file holds, which tika-core cannot do alone (it needs the POIFS
 * container detector of the Tika Microsoft parser module): the names of the streams in its root directory,
 * read with Apache POI. {@code PowerPoint Document} is a ppt deck, {@code EncryptedPackage} a password-protected
 * OOXML file (docx, xlsx or pptx: the type is inside the encryption), {@code WordDocument} a doc,
 * {@code Workbook}/{@code Book} an xls.
 *
 * <p>When POI cannot read the directory (a truncated or damaged file), the raw bytes are searched for the
 * UTF-16 name {@code PowerPoint Document}, so that a broken ppt is still reported as a ppt and fails later
 * with a clear "corrupt" reason.
 */
final class Ole2ContainerInspector {

    /** Bytes searched in a damaged file; bounds the work on hostile input. */
    private static final long MAX_SCANNED_BYTES = 256L << 20;
    private static final byte[] POWERPOINT_STREAM_NAME = "PowerPoint Document".getBytes(StandardCharsets.UTF_16LE);

    private Ole2ContainerInspector() {
    }

    /**
     * The MIME type of the document in the compound file, or empty when it is none this class knows.
     *
     * @param file a file that starts with the OLE2 signature; opened read-only, never modified
     * @throws IOException when the file cannot be read (not when its content is damaged)
     */
    static Optional<String> documentType(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("PowerPoint Document")) {
                return Optional.of(MimeTypes.PPT);
            }
            if (root.hasEntry("EncryptedPackage")) {
                return Optional.of(MimeTypes.ENCRYPTED_OOXML);
            }
            if (root.hasEntry("WordDocument")) {
                return Optional.of(MimeTypes.DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(MimeTypes.XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            if (!Files.isReadable(file)) {
                throw damaged instanceof IOException io ? io : new IOException(damaged);
            }
            return containsPowerPointStreamName(file) ? Optional.of(MimeTypes.PPT) : Optional.empty();
        }
    }

    private static boolean containsPowerPointStreamName(Path file) throws IOException {
        byte[] pattern = POWERPOINT_STREAM_NAME;
        byte[] window = new byte[(1 << 16) + pattern.length];
        try (InputStream in = Files.newInputStream(file)) {
            int kept = 0;
            long scanned = 0;
            while (scanned < MAX_SCANNED_BYTES) {
                int read = in.readNBytes(window, kept, window.length - kept);
                if (read <= 0) {
                    return false;
                }
                scanned += read;
                int filled = kept + read;
                if (indexOf(window, filled, pattern) >= 0) {
                    return true;
                }
                // Keep the tail: the name may straddle two windows.
                kept = Math.min(pattern.length - 1, filled);
                System.arraycopy(window, filled - kept, window, 0, kept);
            }
        }
        return false;
    }

    private static int indexOf(byte[] data, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
