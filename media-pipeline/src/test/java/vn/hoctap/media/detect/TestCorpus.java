package vn.hoctap.media.detect;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared test decks ({@code shared/corpus/slides}, a sibling of the repository or of one of its parents),
 * found by walking up from the working directory. Tests that need them are skipped, with a message saying
 * where they were looked for, when they are absent.
 */
public final class TestCorpus {

    private static final Path RELATIVE = Path.of("shared", "corpus", "slides");

    private TestCorpus() {
    }

    /** The corpus directory, if any directory above the working directory has {@code shared/corpus/slides}. */
    public static Optional<Path> slidesDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** One deck of the corpus; skips the calling test when the corpus or the file is missing. */
    public static Path deck(String fileName) {
        Optional<Path> dir = slidesDirectory();
        assumeTrue(dir.isPresent(), () -> "Test corpus not found: no directory " + RELATIVE
                + " above " + Path.of("").toAbsolutePath() + "; skipping");
        Path deck = dir.get().resolve(fileName);
        assumeTrue(Files.isRegularFile(deck), () -> "Test deck " + deck + " is missing; skipping");
        return deck;
    }
}
