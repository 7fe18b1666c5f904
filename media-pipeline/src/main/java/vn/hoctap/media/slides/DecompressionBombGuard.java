package vn.hoctap.media.slides;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses a ZIP-based deck (pptx, odp) that would expand to far more than any real presentation before POI or
 * LibreOffice inflate it: more than {@code maxExpandedBytes} in all, or one large entry compressed more than
 * {@code maxRatio} times (a real deck's images and XML compress a few times; zeros compress a thousand times).
 * Reads only the central directory. A package whose directory cannot be read is left to the readers, which
 * report it as corrupt.
 */
final class DecompressionBombGuard {

    /** Entries smaller than this expanded are never suspicious, whatever their ratio. */
    private static final long SMALL_ENTRY = 16L << 20;

    private final long maxExpandedBytes;
    private final double maxRatio;

    DecompressionBombGuard(long maxExpandedBytes, double maxRatio) {
        this.maxExpandedBytes = maxExpandedBytes;
        this.maxRatio = maxRatio;
    }

    static DecompressionBombGuard defaults() {
        return new DecompressionBombGuard(1L << 30, 100);
    }

    /** @throws DeckTooLargeException when the package looks like a decompression bomb */
    void check(Path deck) {
        long total = 0;
        try (ZipFile zip = new ZipFile(deck.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size < 0) {
                    continue;
                }
                total += size;
                if (size > SMALL_ENTRY && compressed > 0 && (double) size / compressed > maxRatio) {
                    throw new DeckTooLargeException("The file's part " + entry.getName() + " expands from "
                            + compressed + " bytes to " + (size >> 20) + " MiB; it is refused as a decompression bomb.");
                }
                if (total > maxExpandedBytes) {
                    throw new DeckTooLargeException("The file expands to more than " + (maxExpandedBytes >> 20)
                            + " MiB; it is refused as a decompression bomb.");
                }
            }
        } catch (IOException unreadableDirectory) {
            // truncated or not a ZIP: the deck readers report it as corrupt
        }
    }
}
