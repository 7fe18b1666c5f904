package vn.hoctap.media.detect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Tells which document a ZIP package holds, which tika-core cannot do alone (it needs the OOXML and ODF
 * container detectors of the Tika parser modules): the main part's content type in {@code [Content_Types].xml}
 * for Office Open XML, the {@code mimetype} entry for OpenDocument, and, failing both, well-known entry names.
 *
 * <p>A damaged package (a truncated upload has no central directory) is still read entry by entry from its
 * start, so that a broken pptx is reported as a pptx and fails later with a clear "corrupt" reason rather than
 * as an unknown type.
 */
final class ZipContainerInspector {

    /** Entries looked at while streaming a damaged package, to bound the work on hostile input. */
    private static final int MAX_STREAMED_ENTRIES = 10_000;
    /** Bytes read of {@code [Content_Types].xml} or {@code mimetype}; real ones are a few kilobytes. */
    private static final int MAX_SMALL_ENTRY_BYTES = 1 << 20;

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String ODF_MIMETYPE = "mimetype";

    private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b[^>]*>");
    private static final Pattern CONTENT_TYPE_ATTRIBUTE = Pattern.compile("\\bContentType\\s*=\\s*[\"']([^\"']+)[\"']");

    /** Content type of the main part → MIME type of the document. */
    private static final Map<String, String> MAIN_PART_TYPES = Map.ofEntries(
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", MimeTypes.PPTX),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml", MimeTypes.PPSX),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.template.main+xml", MimeTypes.POTX),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.main+xml", MimeTypes.PPTM),
            Map.entry("application/vnd.ms-powerpoint.slideshow.macroenabled.main+xml", MimeTypes.PPSM),
            Map.entry("application/vnd.ms-powerpoint.template.macroenabled.main+xml", MimeTypes.POTM),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", MimeTypes.DOCX),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", MimeTypes.XLSX));

    private ZipContainerInspector() {
    }

    /**
     * The MIME type of the document in the package, or empty when the package is none this class knows (a plain
     * ZIP archive, a JAR, an EPUB, ...) or cannot be read at all.
     *
     * @param file a file that starts like a ZIP archive; not modified
     * @throws IOException when the file cannot be read (not when its content is damaged)
     */
    static Optional<String> documentType(Path file) throws IOException {
        Entries entries;
        try {
            entries = readWithCentralDirectory(file);
        } catch (ZipException damaged) {
            entries = readEntryByEntry(file);
        }
        return entries.documentType();
    }

    private static Entries readWithCentralDirectory(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Entries entries = new Entries();
            zip.stream().limit(MAX_STREAMED_ENTRIES).forEach(entry -> entries.names.add(entry.getName()));
            entries.contentTypes = readSmall(zip, CONTENT_TYPES);
            entries.odfMimetype = readSmall(zip, ODF_MIMETYPE);
            return entries;
        }
    }

    private static String readSmall(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return readAtMost(in);
        } catch (ZipException damagedEntry) {
            return null;
        }
    }

    private static Entries readEntryByEntry(Path file) throws IOException {
        Entries entries = new Entries();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (int count = 0; count < MAX_STREAMED_ENTRIES; count++) {
                ZipEntry entry = zip.getNextEntry();
                if (entry == null) {
                    break;
                }
                entries.names.add(entry.getName());
                if (CONTENT_TYPES.equals(entry.getName())) {
                    entries.contentTypes = readAtMost(zip);
                } else if (ODF_MIMETYPE.equals(entry.getName())) {
                    entries.odfMimetype = readAtMost(zip);
                }
            }
        } catch (ZipException | java.io.EOFException truncated) {
            // Keep what was read before the damage.
        }
        return entries;
    }

    private static String readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < MAX_SMALL_ENTRY_BYTES && (read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What was learnt about the package. */
    private static final class Entries {
        final Set<String> names = new HashSet<>();
        String contentTypes;
        String odfMimetype;

        Optional<String> documentType() {
            if (odfMimetype != null && odfMimetype.strip().startsWith("application/vnd.oasis.opendocument.")) {
                return Optional.of(odfMimetype.strip().toLowerCase(Locale.ROOT));
            }
            if (contentTypes != null) {
                Optional<String> main = mainPartType(contentTypes);
                if (main.isPresent()) {
                    return main;
                }
            }
            if (names.contains("ppt/presentation.xml")) {
                return Optional.of(MimeTypes.PPTX);
            }
            if (names.contains("word/document.xml")) {
                return Optional.of(MimeTypes.DOCX);
            }
            if (names.contains("xl/workbook.xml")) {
                return Optional.of(MimeTypes.XLSX);
            }
            if (names.contains("content.xml") && names.contains("META-INF/manifest.xml")) {
                return Optional.of("application/vnd.oasis.opendocument");
            }
            return Optional.empty();
        }

        private static Optional<String> mainPartType(String contentTypesXml) {
            Matcher override = OVERRIDE.matcher(contentTypesXml);
            while (override.find()) {
                Matcher type = CONTENT_TYPE_ATTRIBUTE.matcher(override.group());
                if (type.find()) {
                    String mapped = MAIN_PART_TYPES.get(type.group(1).strip().toLowerCase(Locale.ROOT));
                    if (mapped != null) {
                        return Optional.of(mapped);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
