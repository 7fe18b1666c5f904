package vn.hoctap.samples.deck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a pptx written by LibreOffice the same bytes on every run: the ZIP entries get one fixed time, and the
 * random GUIDs LibreOffice gives fields (slide-number fields of the notes master) are replaced by GUIDs counted
 * from zero in document order. Entry order, names and content are otherwise kept.
 */
final class StableZip {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final Pattern GUID = Pattern.compile(
            "\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}");

    private StableZip() {
    }

    static void rewrite(Path zip) throws IOException {
        Path stable = zip.resolveSibling(zip.getFileName() + ".stable");
        int[] counter = {0};
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stable))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".xml")) {
                    content = stableGuids(new String(content, StandardCharsets.UTF_8), counter)
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        Files.move(stable, zip, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String stableGuids(String xml, int[] counter) {
        Matcher matcher = GUID.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, String.format("{00000000-0000-4000-8000-%012X}", counter[0]++));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
