package vn.hoctap.samples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.core.text.Digests;
import vn.hoctap.media.captions.CaptionNormalizer;
import vn.hoctap.media.captions.Cue;
import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.media.detect.MediaTypeDetector;
import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.slides.SlideDeckProcessor;
import vn.hoctap.media.slides.SlideDeckResult;
import vn.hoctap.media.slides.SlideNotes;
import vn.hoctap.media.slides.SpeakerNotesReader;
import vn.hoctap.media.video.MediaInfo;
import vn.hoctap.media.video.ProbeLimits;
import vn.hoctap.media.video.VideoProbe;
import vn.hoctap.samples.outline.Block;
import vn.hoctap.samples.outline.CourseOutline;
import vn.hoctap.samples.outline.Lesson;
import vn.hoctap.samples.outline.OutlineReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the generator once on the real outline of the sample course, with the real LibreOffice, espeak-ng and
 * FFmpeg, and reads what it wrote with the media pipeline's own readers.
 */
class SampleCourseGeneratorTest {

    static final Path OUTLINE = Path.of("course/outline.json");

    @TempDir
    static Path output;

    static CourseOutline outline;
    static List<GeneratedFile> files;

    @BeforeAll
    static void generate() {
        System.setProperty("java.awt.headless", "true");
        outline = new OutlineReader().read(OUTLINE);
        files = new SampleCourseGenerator().generate(OUTLINE, output);
    }

    @Test
    void every_generated_file_is_in_the_manifest_with_its_size_and_digest() throws IOException {
        SampleCourseGenerator.Manifest manifest = new SampleCourseGenerator().manifest(output);
        assertThat(manifest.courseId()).isEqualTo("ky-nang-so-co-ban");
        assertThat(manifest.outlineSha256()).isEqualTo(Digests.sha256(Files.readAllBytes(OUTLINE)));
        assertThat(manifest.files()).isEqualTo(files);
        for (GeneratedFile file : files) {
            byte[] content = Files.readAllBytes(output.resolve(file.name()));
            assertThat(content).hasSize((int) file.bytes());
            assertThat(Digests.sha256(content)).as(file.name()).isEqualTo(file.sha256());
        }
        assertThat(manifest.files("deck")).hasSize(3 * 3);
        assertThat(manifest.files("captions")).extracting(GeneratedFile::language).containsExactly("vi", "km", "en");
        assertThat(output.resolve(".work")).doesNotExist();
    }

    @Test
    void each_vietnamese_deck_has_a_title_slide_then_the_outline_slides_with_their_text_and_notes() {
        for (Lesson lesson : outline.lessons()) {
            for (Block.Slides deck : lesson.blocks(Block.Slides.class)) {
                List<SlideNotes> slides = new SpeakerNotesReader().read(output.resolve(deck.deckFile("vi")),
                        MediaKind.SLIDES_PPTX);
                assertThat(slides).hasSize(deck.slides().size() + 1);
                assertThat(slides.get(0).text()).contains("Kỹ năng số cơ bản", lesson.title().in("vi"));
                assertThat(slides.get(0).notes()).isEqualTo(lesson.summary().in("vi"));
                for (int i = 0; i < deck.slides().size(); i++) {
                    Block.Slide expected = deck.slides().get(i);
                    SlideNotes actual = slides.get(i + 1);
                    assertThat(actual.text()).contains(expected.title().in("vi"));
                    expected.bullets().forEach(b -> assertThat(actual.text()).contains(b.in("vi")));
                    assertThat(actual.notes()).isEqualTo(expected.notes().in("vi"));
                }
            }
        }
    }

    @Test
    void the_khmer_deck_carries_khmer_text_and_falls_back_to_vietnamese_notes_where_there_are_none() {
        Block.Slides deck = outline.lessons().get(1).blocks(Block.Slides.class).get(0);
        List<SlideNotes> slides = new SpeakerNotesReader().read(output.resolve(deck.deckFile("km")),
                MediaKind.SLIDES_PPTX);
        assertThat(slides.get(1).text()).contains("សញ្ញានៃសារបោកប្រាស់", "លេខកូដ OTP");
        assertThat(slides.get(1).notes()).isEqualTo(deck.slides().get(0).notes().in("vi"));
        List<SlideNotes> english = new SpeakerNotesReader().read(output.resolve(deck.deckFile("en")),
                MediaKind.SLIDES_PPTX);
        assertThat(english.get(2).text()).contains("OTP codes: never give them to anyone");
        assertThat(english.get(2).notes()).isEqualTo(deck.slides().get(1).notes().in("en"));
    }

    @Test
    void the_media_pipeline_renders_a_generated_deck_slide_by_slide() throws IOException {
        Block.Slides deck = outline.lessons().get(0).blocks(Block.Slides.class).get(0);
        Path pptx = output.resolve(deck.deckFile("vi"));
        assertThat(new MediaTypeDetector().detect(pptx).kind()).isEqualTo(MediaKind.SLIDES_PPTX);

        SlideDeckResult result = SlideDeckProcessor.onThisMachine().process(pptx, output.resolve("rendered"));

        assertThat(result.renderer()).isEqualTo(SlideDeckResult.Renderer.LIBREOFFICE);
        assertThat(result.slides()).hasSize(deck.slides().size() + 1);
        assertThat(result.slides().get(1).text()).contains("Khóa màn hình bằng mã PIN mạnh");
        assertThat(result.slides().get(1).notes()).startsWith("Hỏi học viên");
        assertThat(result.slides().get(1).large().width()).isEqualTo(1280);
        assertThat(result.warnings()).noneMatch(w -> w.contains("font"));
    }

    @Test
    void the_video_has_h264_pictures_and_aac_narration_for_its_whole_length() {
        Block.Video video = outline.lessons().get(1).blocks(Block.Video.class).get(0);
        MediaInfo info = new VideoProbe(FfmpegPrograms.bundled(), ExternalTool.normalPriority(),
                ProbeLimits.defaults()).probe(output.resolve(video.videoFile()), Cancellation.never());

        assertThat(info.hasVideo()).isTrue();
        assertThat(info.hasAudio()).isTrue();
        assertThat(info.video().orElseThrow().codec()).isEqualTo("h264");
        assertThat(info.video().orElseThrow().width()).isEqualTo(1280);
        assertThat(info.video().orElseThrow().height()).isEqualTo(720);
        assertThat(info.audio().orElseThrow().codec()).isEqualTo("aac");
        assertThat(info.duration()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(90));
        List<Cue> cues = captions(video, "vi");
        Duration lastWord = cues.get(cues.size() - 1).end();
        assertThat(info.duration()).isBetween(lastWord.plusMillis(500), lastWord.plusMillis(1500));
    }

    @Test
    void captions_in_every_language_have_one_cue_per_segment_at_the_same_times_inside_the_video() {
        Block.Video video = outline.lessons().get(1).blocks(Block.Video.class).get(0);
        List<Cue> vietnamese = captions(video, "vi");
        assertThat(vietnamese).extracting(Cue::text).containsExactlyElementsOf(
                video.segments().stream().map(s -> s.narration().in("vi")).toList());
        Duration previousEnd = Duration.ZERO;
        for (Cue cue : vietnamese) {
            assertThat(cue.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(cue.end().minus(cue.start())).isGreaterThan(Duration.ofSeconds(2));
            previousEnd = cue.end();
        }
        assertThat(previousEnd).isLessThan(Duration.ofSeconds(90));
        for (String language : List.of("km", "en")) {
            List<Cue> translated = captions(video, language);
            assertThat(translated).extracting(Cue::start).containsExactlyElementsOf(
                    vietnamese.stream().map(Cue::start).toList());
            assertThat(translated).extracting(Cue::end).containsExactlyElementsOf(
                    vietnamese.stream().map(Cue::end).toList());
            assertThat(translated).extracting(Cue::text).containsExactlyElementsOf(
                    video.segments().stream().map(s -> s.narration().in(language)).toList());
        }
    }

    @Test
    void a_second_run_writes_the_same_bytes_and_a_changed_outline_is_not_up_to_date(
            @TempDir Path again) throws IOException {
        SampleCourseGenerator generator = new SampleCourseGenerator();
        assertThat(generator.isUpToDate(OUTLINE, output)).isTrue();
        assertThat(generator.isUpToDate(OUTLINE, again)).isFalse();

        List<GeneratedFile> second = generator.generate(OUTLINE, again);

        assertThat(second).containsExactlyElementsOf(files);
        Path changed = again.resolve("outline.json");
        Files.writeString(changed, Files.readString(OUTLINE).replace("Kỹ năng số cơ bản", "Kỹ năng số"));
        assertThat(generator.isUpToDate(changed, again)).isFalse();
    }

    private static List<Cue> captions(Block.Video video, String language) {
        try {
            return new CaptionNormalizer().read(Files.readAllBytes(output.resolve(video.captionsFile(language))));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
