package vn.hoctap.packager.build;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.hoctap.core.storage.ObjectStore;

/**
 * The media type of a package's file by its name, and what that says about compressing it: media already
 * compressed (images, video, audio) are STORED in the zips, and text (the player's scripts, pages, styles,
 * manifests, captions) is worth gzip on the way to a phone. Recorded with each file stored by hash.
 */
public final class PackageFileTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("xsd", "application/xml"),
            Map.entry("vtt", "text/vtt;charset=utf-8"),
            Map.entry("txt", "text/plain;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("aac", "audio/aac"));
    private static final Set<String> TEXTUAL = Set.of("application/json", "application/xml", "image/svg+xml");

    private PackageFileTypes() {
    }

    /** The media type of a file named {@code path}; {@link ObjectStore#DEFAULT_CONTENT_TYPE} when not known. */
    public static String of(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot <= slash + 1) {
            return ObjectStore.DEFAULT_CONTENT_TYPE;
        }
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT),
                ObjectStore.DEFAULT_CONTENT_TYPE);
    }

    /** Whether a file named {@code path} is media already compressed (images but SVG, video, audio). */
    public static boolean alreadyCompressed(String path) {
        String type = of(path);
        return !compressible(type) && (type.startsWith("image/") || type.startsWith("video/")
                || type.startsWith("audio/"));
    }

    /** Whether content of {@code mediaType} is text that gzip shrinks (not already-compressed media). */
    public static boolean compressible(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || TEXTUAL.contains(type);
    }
}
