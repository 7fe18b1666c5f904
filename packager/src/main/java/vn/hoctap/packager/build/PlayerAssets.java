package vn.hoctap.packager.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The player's own files, read from the class path ({@code vn/hoctap/packager/player/}). In a package
 * {@code index.html} sits at the root (it is the launch file of every format) and the others under
 * {@code player/}; {@link #COURSE_DATA} is generated per package.
 */
public final class PlayerAssets {

    /** The launch page, at the package root. */
    public static final String LAUNCH_PAGE = "index.html";
    /** The generated course data script ({@code window.HOCTAP_COURSE = {...};}). */
    public static final String COURSE_DATA = "player/course-data.js";
    /** The player's static files in the order {@code index.html} loads the scripts. */
    public static final List<String> FILES = List.of(
            "index.html",
            "player/player.css",
            "player/js/util.js",
            "player/js/i18n.js",
            "player/js/queue.js",
            "player/js/lrs.js",
            "player/js/statements.js",
            "player/js/cmi5.js",
            "player/js/xapi-launch.js",
            "player/js/scorm.js",
            "player/js/video-tracker.js",
            "player/js/quiz.js",
            "player/js/player.js");

    private static final String ROOT = "/vn/hoctap/packager/player/";

    private PlayerAssets() {
    }

    /** The bytes of one of {@link #FILES}. */
    public static byte[] read(String path) {
        if (!FILES.contains(path)) {
            throw new IllegalArgumentException("not a player file: " + path);
        }
        try (InputStream in = PlayerAssets.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("the player file " + path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
