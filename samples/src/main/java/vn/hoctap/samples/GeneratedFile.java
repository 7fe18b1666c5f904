package vn.hoctap.samples;

/**
 * A file the generator wrote into the output directory.
 *
 * @param name      file name inside the output directory
 * @param role      what it is: {@code course}, {@code cover}, {@code deck}, {@code video}, {@code captions},
 *                  {@code narration}
 * @param lessonId  the lesson it belongs to, or {@code null} for the course's own files
 * @param language  its language, or {@code null} when it has none
 * @param bytes     size
 * @param sha256    SHA-256 of the content, lower-case hex
 */
public record GeneratedFile(String name, String role, String lessonId, String language, long bytes, String sha256) {
}
