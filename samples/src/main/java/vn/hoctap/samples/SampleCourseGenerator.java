package vn.hoctap.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.hoctap.core.text.Digests;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.process.MediaProcessException;
import vn.hoctap.samples.deck.FlatOdpWriter;
import vn.hoctap.samples.deck.PptxConverter;
import vn.hoctap.samples.outline.Block;
import vn.hoctap.samples.outline.CourseOutline;
import vn.hoctap.samples.outline.Lesson;
import vn.hoctap.samples.outline.OutlineReader;
import vn.hoctap.samples.video.Narration;
import vn.hoctap.samples.video.Narrator;
import vn.hoctap.samples.video.SceneRenderer;
import vn.hoctap.samples.video.VideoAssembler;
import vn.hoctap.samples.video.WebVttWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the media of a sample course from its text outline into an output directory:
 * <ul>
 *   <li>{@code course.json}: the outline as read (what the loader turns into a course);</li>
 *   <li>{@code cover.png}: the cover picture;</li>
 *   <li>{@code <deck>.<language>.pptx} for each slides block and language, made by LibreOffice from flat ODP;</li>
 *   <li>{@code <video>.mp4} for each video block: the scenes drawn with Java 2D, the narration spoken by espeak-ng
 *       in the course's language, put together by the bundled ffmpeg; {@code <video>.<language>.vtt} captions
 *       timed to the spoken segments (the course's language and each translation);</li>
 *   <li>{@code manifest.json}: every file with its role, lesson, language, size and SHA-256, and the outline's
 *       SHA-256 (a directory whose manifest names the same outline is {@linkplain #isUpToDate up to date}).</li>
 * </ul>
 * Every file depends only on the outline and the installed tools (no clock, nothing random; the pptx files are
 * made reproducible after LibreOffice). Scratch files go to a {@code .work} folder of the output directory,
 * removed at the end.
 *
 * <p>Command line: {@code SampleCourseGenerator <outline.json> <output-directory> [--if-changed]}; with
 * {@code --if-changed} nothing is done when the directory is up to date. Exit code 0, or 1 with one line saying
 * what is wrong.
 */
public final class SampleCourseGenerator {

    /** The manifest file of a generated directory. */
    public static final String MANIFEST = "manifest.json";
    /** The copy of the outline in a generated directory. */
    public static final String COURSE = "course.json";

    private final OutlineReader reader = new OutlineReader();
    private final FlatOdpWriter odp = new FlatOdpWriter();
    private final SceneRenderer pictures = new SceneRenderer();
    private final WebVttWriter captions = new WebVttWriter();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--if-changed"))) {
            System.err.println("usage: SampleCourseGenerator <outline.json> <output-directory> [--if-changed]");
            System.exit(2);
        }
        Path outline = Path.of(args[0]);
        Path output = Path.of(args[1]);
        try {
            SampleCourseGenerator generator = new SampleCourseGenerator();
            if (args.length == 3 && generator.isUpToDate(outline, output)) {
                System.out.println("samples: " + output + " is up to date");
                return;
            }
            long started = System.nanoTime();
            List<GeneratedFile> files = generator.generate(outline, output);
            System.out.printf("samples: %d files written to %s in %.1f s%n", files.size(), output,
                    (System.nanoTime() - started) / 1e9);
        } catch (SampleGenerationException e) {
            System.err.println("samples: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Whether {@code output} holds a complete generation of this very outline (same SHA-256, files present). */
    public boolean isUpToDate(Path outline, Path output) {
        Path manifest = output.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        try {
            Manifest existing = json.readValue(manifest.toFile(), Manifest.class);
            return existing.outlineSha256().equals(Digests.sha256(Files.readAllBytes(outline)))
                    && existing.files().stream().allMatch(f -> Files.isRegularFile(output.resolve(f.name())));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Generates every file of the outline into {@code output} (created when missing; files of the same names are
     * replaced, others left alone) and writes the manifest last.
     *
     * @return the files written, the manifest excluded
     * @throws SampleGenerationException if the outline is invalid or a tool is missing or fails
     */
    public List<GeneratedFile> generate(Path outlineFile, Path output) {
        CourseOutline outline = reader.read(outlineFile);
        Path work = output.resolve(".work");
        try {
            deleteTree(work);
            Files.createDirectories(work);
            List<GeneratedFile> files = new ArrayList<>();
            byte[] outlineBytes = Files.readAllBytes(outlineFile);
            Files.write(output.resolve(COURSE), outlineBytes);
            files.add(describe(output, COURSE, "course", null, null));
            files.add(cover(outline, output));
            files.addAll(decks(outline, output, work));
            FfmpegPrograms ffmpeg = null;
            for (Lesson lesson : outline.lessons()) {
                for (Block.Video video : lesson.blocks(Block.Video.class)) {
                    if (ffmpeg == null) {
                        ffmpeg = bundledFfmpeg();
                    }
                    files.addAll(video(outline, lesson, video, ffmpeg, output, work.resolve(video.file())));
                }
            }
            Manifest manifest = new Manifest(outline.id(), Digests.sha256(outlineBytes), files);
            Path partial = work.resolve(MANIFEST);
            json.writeValue(partial.toFile(), manifest);
            Files.move(partial, output.resolve(MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return files;
        } catch (IOException e) {
            throw new SampleGenerationException("cannot write into " + output + ": " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    private GeneratedFile cover(CourseOutline outline, Path output) throws IOException {
        String main = outline.mainLanguage();
        List<String> others = outline.languages().stream().skip(1).map(l -> outline.title().in(l)).toList();
        List<Boolean> khmer = outline.languages().stream().skip(1).map("km"::equals).toList();
        String name = outline.cover().file();
        pictures.cover(outline.title().in(main), others, khmer,
                tagLine(outline), output.resolve(name));
        return describe(output, name, "cover", null, null);
    }

    /** "3 bài học · 1 video · 6 câu hỏi": what the course holds, in Vietnamese (the cover's language). */
    private static String tagLine(CourseOutline outline) {
        long videos = outline.lessons().stream().mapToLong(l -> l.blocks(Block.Video.class).size()).sum();
        long questions = outline.lessons().stream().flatMap(l -> l.blocks(Block.Quiz.class).stream())
                .mapToLong(q -> q.questions().size()).sum();
        return outline.lessons().size() + " bài học · " + videos + " video · " + questions + " câu hỏi";
    }

    private List<GeneratedFile> decks(CourseOutline outline, Path output, Path work) throws IOException {
        List<Path> documents = new ArrayList<>();
        Map<Path, String[]> origin = new LinkedHashMap<>();
        for (Lesson lesson : outline.lessons()) {
            for (Block.Slides deck : lesson.blocks(Block.Slides.class)) {
                for (String language : outline.languages()) {
                    Path document = work.resolve(deck.deckFile(language).replaceFirst("\\.pptx$", ".fodp"));
                    Files.writeString(document, odp.write(outline, lesson, deck, language), StandardCharsets.UTF_8);
                    documents.add(document);
                    origin.put(document, new String[] {lesson.id(), language});
                }
            }
        }
        if (documents.isEmpty()) {
            return List.of();
        }
        List<Path> decks = PptxConverter.onThisMachine().convert(documents, output, work);
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < decks.size(); i++) {
            String[] from = origin.get(documents.get(i));
            files.add(describe(output, decks.get(i).getFileName().toString(), "deck", from[0], from[1]));
        }
        return files;
    }

    private List<GeneratedFile> video(CourseOutline outline, Lesson lesson, Block.Video video, FfmpegPrograms ffmpeg,
                                      Path output, Path work) throws IOException {
        String main = outline.mainLanguage();
        List<Block.Segment> segments = video.segments();
        Narration narration = Narrator.onThisMachine().speak(
                segments.stream().map(s -> s.narration().in(main)).toList(), video.voice(),
                work.resolve("narration.wav"), work.resolve("speech"));
        List<Path> scenes = new ArrayList<>();
        String footer = outline.title().in(main) + " · " + lesson.title().in(main);
        for (int i = 0; i < segments.size(); i++) {
            Path scene = work.resolve("scene-" + i + ".png");
            pictures.scene(segments.get(i).scene().heading(), segments.get(i).scene().line(), footer, i,
                    segments.size(), scene);
            scenes.add(scene);
        }
        new VideoAssembler(ffmpeg).assemble(scenes, narration, output.resolve(video.videoFile()));
        List<GeneratedFile> files = new ArrayList<>();
        files.add(describe(output, video.videoFile(), "video", lesson.id(), main));
        for (String language : outline.languages()) {
            String vtt = captions.write(segments.stream().map(s -> s.narration().in(language)).toList(),
                    narration.spoken());
            Files.writeString(output.resolve(video.captionsFile(language)), vtt, StandardCharsets.UTF_8);
            files.add(describe(output, video.captionsFile(language), "captions", lesson.id(), language));
        }
        return files;
    }

    private static FfmpegPrograms bundledFfmpeg() {
        try {
            return FfmpegPrograms.bundled();
        } catch (MediaProcessException e) {
            throw new SampleGenerationException("the bundled ffmpeg cannot run (see .ci/system-packages for the "
                    + "libraries it needs): " + e.getMessage(), e);
        }
    }

    private static GeneratedFile describe(Path output, String name, String role, String lessonId, String language)
            throws IOException {
        byte[] content = Files.readAllBytes(output.resolve(name));
        return new GeneratedFile(name, role, lessonId, language, content.length, Digests.sha256(content));
    }

    /** What {@code manifest.json} holds. */
    public record Manifest(String courseId, String outlineSha256, List<GeneratedFile> files) {

        /** The files of one role, in the order they were generated. */
        public List<GeneratedFile> files(String role) {
            return files.stream().filter(f -> f.role().equals(role)).toList();
        }

        public Optional<GeneratedFile> file(String name) {
            return files.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    /** Reads the manifest of a generated directory. */
    public Manifest manifest(Path output) {
        try {
            return json.readValue(output.resolve(MANIFEST).toFile(), Manifest.class);
        } catch (IOException e) {
            throw new SampleGenerationException("cannot read the manifest of " + output + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // scratch files only: left for the next run, which deletes them first
        }
    }
}
