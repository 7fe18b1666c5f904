package vn.hoctap.packager.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose bytes depend only on the entries given: every entry has the same fixed timestamp
 * ({@link #TIMESTAMP}, no extended time fields), no permissions or comments, and the caller adds entries in a fixed
 * order. Already-compressed media ({@link PackageFileTypes#alreadyCompressed}: MP4, M4A, AAC, PNG, JPEG, WebP) are STORED, so that a phone can read them without
 * inflating and the zip is built without burning CPU; everything else is DEFLATED at level 9.
 *
 * <p>Not thread-safe; one instance writes one zip.
 */
final class DeterministicZip implements AutoCloseable {

    /** The modification time written into every entry (DOS local time, no time zone). */
    static final LocalDateTime TIMESTAMP = LocalDateTime.of(2020, 1, 1, 0, 0);

    /** Opens a source of bytes twice at most: once for the CRC of a STORED entry, once to copy it. */
    interface Source {
        InputStream open() throws IOException;
    }

    private final ZipOutputStream zip;

    DeterministicZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_COMPRESSION);
    }

    /**
     * Adds an entry and answers the SHA-256 and size of its content, computed while it is copied into the zip, so
     * that nobody has to read the zip again to know its files.
     */
    PackageFile add(String path, Source source) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(TIMESTAMP);
        if (stored(path)) {
            CRC32 crc = new CRC32();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = source.open()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    crc.update(buffer, 0, n);
                    size += n;
                }
            }
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(size);
            entry.setCompressedSize(size);
            entry.setCrc(crc.getValue());
        } else {
            entry.setMethod(ZipEntry.DEFLATED);
        }
        zip.putNextEntry(entry);
        MessageDigest sha256 = PackageFile.newDigest();
        long size;
        try (InputStream in = new DigestInputStream(source.open(), sha256)) {
            size = in.transferTo(zip);
        }
        zip.closeEntry();
        return new PackageFile(path, HexFormat.of().formatHex(sha256.digest()), size);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static boolean stored(String path) {
        return PackageFileTypes.alreadyCompressed(path);
    }
}
