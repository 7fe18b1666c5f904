package vn.hoctap.media.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.media.detect.TestCorpus;

class SpeakerNotesReaderTest {

    private final SpeakerNotesReader reader = new SpeakerNotesReader();

    @TempDir
    Path dir;

    @Test
    void vietnamese_and_khmer_notes_and_text_of_a_pptx_are_read_exactly() {
        List<SlideNotes> slides = reader.read(TestCorpus.deck("synthetic-vi-km.pptx"), MediaKind.SLIDES_PPTX);

        assertThat(slides).extracting(SlideNotes::index).containsExactly(1, 2, 3);
        assertThat(slides).extracting(SlideNotes::notes).containsExactly(
                "Ghi chú cho giáo viên: hỏi học sinh về nguồn nước ở nhà.",
                "កំណត់ចំណាំ៖ សួរសិស្សអំពីប្រភពទឹកនៅផ្ទះ។",
                "Ghi chú: phần ôn tập, 5 phút.");
        assertThat(slides.get(0).text()).startsWith("Bài 1: Nước sạch và sức khỏe\nĐun sôi nước trước khi uống.");
        assertThat(slides.get(1).text()).isEqualTo("មេរៀនទី១៖ ទឹកស្អាត និងសុខភាព\n"
                + "ដាំទឹកឱ្យពុះមុនពេលផឹក។\nលាងដៃជាមួយសាប៊ូ មុនពេលញ៉ាំអាហារ។\nលេខ៖ ០១២៣៤៥៦៧៨៩");
        assertThat(slides).noneMatch(SlideNotes::hidden);
    }

    @Test
    void notes_of_a_long_real_deck_are_found_on_the_right_slides() {
        Path deck = TestCorpus.deck("HowWeRefactor.pptx");

        List<SlideNotes> slides = reader.read(deck, MediaKind.SLIDES_PPTX);

        assertThat(slides).hasSize(TestDecks.poiSlideCount(deck, MediaKind.SLIDES_PPTX)).hasSize(28);
        assertThat(slides.get(0).notes()).startsWith("Turn off skype/email/sound");
        assertThat(slides.get(27).notes()).isEqualTo("Data available where? What’s the impact?".replace("? W", "?  W"));
        assertThat(slides.get(4).notes()).isEmpty(); // an empty body placeholder; the slide number is not a note
        assertThat(slides.get(27).text()).contains("Conclusion");
    }

    @Test
    void a_deck_without_notes_has_empty_notes() {
        List<SlideNotes> slides = reader.read(TestCorpus.deck("ae.ac.uaeu.faculty_nafaachbili_GeomLec1.pptx"),
                MediaKind.SLIDES_PPTX);

        assertThat(slides).hasSize(14).allMatch(s -> s.notes().isEmpty());
        assertThat(slides.get(0).text()).startsWith("Math 260\nFoundations of Geometry");
    }

    @Test
    void a_ppt_is_read_with_hslf() {
        List<SlideNotes> slides = reader.read(TestCorpus.deck("54880_chinese.ppt"), MediaKind.SLIDES_PPT);

        assertThat(slides).singleElement().satisfies(slide -> {
            assertThat(slide.text()).contains("複数の文字").contains("カタカナ").contains("𠮟");
            assertThat(slide.notes()).isEmpty();
        });
    }

    @Test
    void notes_and_hidden_slides_of_a_ppt_and_an_odp_made_by_libreoffice_from_the_pptx_are_the_same() throws Exception {
        TestDecks.assumeLibreOffice();
        Path pptx = TestDecks.withHiddenSlide(TestCorpus.deck("synthetic-vi-km.pptx"), 2, dir.resolve("lesson.pptx"));
        Path ppt = convert(pptx, "ppt");
        Path odp = convert(pptx, "odp");
        List<SlideNotes> expected = reader.read(pptx, MediaKind.SLIDES_PPTX);

        for (List<SlideNotes> converted : List.of(reader.read(ppt, MediaKind.SLIDES_PPT),
                reader.read(odp, MediaKind.SLIDES_ODP))) {
            assertThat(converted).extracting(SlideNotes::notes).isEqualTo(expected.stream().map(SlideNotes::notes).toList());
            assertThat(converted).extracting(SlideNotes::hidden).containsExactly(false, true, false);
            assertThat(converted.get(1).text()).startsWith("មេរៀនទី១៖ ទឹកស្អាត និងសុខភាព\nដាំទឹកឱ្យពុះមុនពេលផឹក។");
        }
    }

    @Test
    void the_slides_of_a_real_odp_are_read_from_its_content() {
        List<SlideNotes> slides = reader.read(TestCorpus.deck("LibreOfficeImpress_odp_1.3.odp"), MediaKind.SLIDES_ODP);

        assertThat(slides).hasSize(2);
        assertThat(slides.get(0).text()).isEqualTo("This is\nAn example Impress file");
        assertThat(slides).allMatch(s -> s.notes().isEmpty() && !s.hidden());
    }

    @Test
    void hidden_slides_are_marked() throws Exception {
        Path deck = TestDecks.withHiddenSlide(TestCorpus.deck("synthetic-vi-km.pptx"), 2, dir.resolve("hidden.pptx"));

        assertThat(reader.read(deck, MediaKind.SLIDES_PPTX)).extracting(SlideNotes::hidden).containsExactly(false, true, false);
    }

    @Test
    void a_truncated_pptx_is_corrupt_and_left_untouched() throws Exception {
        Path broken = TestDecks.truncated(TestCorpus.deck("HowWeRefactor.pptx"), dir.resolve("broken.pptx"));
        String before = TestDecks.sha256(broken);

        assertThatThrownBy(() -> reader.read(broken, MediaKind.SLIDES_PPTX))
                .isInstanceOf(CorruptDeckException.class)
                .hasMessageContaining("damaged or incomplete");
        assertThat(TestDecks.sha256(broken)).isEqualTo(before);
    }

    @Test
    void a_password_protected_pptx_is_reported_as_such() throws Exception {
        Path locked = TestDecks.encryptedPptx(TestCorpus.deck("table-with-theme.pptx"), dir.resolve("locked.pptx"));

        for (MediaKind kind : List.of(MediaKind.SLIDES_PPTX, MediaKind.SLIDES_PPT)) {
            assertThatThrownBy(() -> reader.read(locked, kind))
                    .isInstanceOf(PasswordProtectedDeckException.class)
                    .hasMessageContaining("protected by a password")
                    .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isTrue());
        }
    }

    private Path convert(Path deck, String format) throws Exception {
        Path outDir = Files.createDirectories(dir.resolve(format));
        Process process = new ProcessBuilder(LibreOfficeConverter.locateSoffice().orElseThrow().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", format, "--outdir", outDir.toString(), deck.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(format + ".log").toFile()).start();
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Path converted = outDir.resolve(deck.getFileName().toString().replaceAll("\\.[^.]+$", "." + format));
        assertThat(converted).isNotEmptyFile();
        return converted;
    }
}
