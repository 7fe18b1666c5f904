package vn.hoctap.media.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.media.detect.MediaTypeDetector;
import vn.hoctap.media.detect.TestCorpus;

/** The whole pipeline with the real LibreOffice, PDFBox and POI on real decks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlideDeckProcessorTest {

    @TempDir
    static Path dir;

    private LibreOfficeConverter libreOffice;
    private SlideDeckProcessor processor;

    @BeforeAll
    void processor() {
        libreOffice = LibreOfficeConverter.builder().workDirectory(dir.resolve("libreoffice")).build();
        processor = new SlideDeckProcessor(new MediaTypeDetector(), libreOffice, new PdfSlideRenderer(),
                new PoiSlideRenderer(), new SpeakerNotesReader(), FontCoverage.ofInstalledFonts());
    }

    @AfterAll
    void closeConverter() {
        libreOffice.close();
    }

    @Test
    void vietnamese_and_khmer_slides_are_drawn_by_libreoffice_with_their_exact_text_and_notes() throws Exception {
        TestDecks.assumeLibreOffice();
        Path deck = TestCorpus.deck("synthetic-vi-km.pptx");

        SlideDeckResult result = processor.process(deck, dir.resolve("vi-km"));

        assertThat(result.renderer()).isEqualTo(SlideDeckResult.Renderer.LIBREOFFICE);
        assertThat(result.source().kind()).isEqualTo(MediaKind.SLIDES_PPTX);
        assertThat(result.slides()).hasSize(TestDecks.poiSlideCount(deck, MediaKind.SLIDES_PPTX));
        assertThat(result.warnings()).as("no missing fonts, nothing hidden").isEmpty();
        assertThat(result.conversionTime()).isPositive();

        SlideDeckResult.Slide vietnamese = result.slides().get(0);
        assertThat(vietnamese.text()).contains("Bài 1: Nước sạch và sức khỏe", "Rửa tay bằng xà phòng: trước khi ăn",
                "HOA: ĐƯỜNG LÀNG – TRƯỜNG HỌC – Ệ Ộ Ự Ỹ");
        assertThat(vietnamese.notes()).isEqualTo("Ghi chú cho giáo viên: hỏi học sinh về nguồn nước ở nhà.");

        SlideDeckResult.Slide khmer = result.slides().get(1);
        assertThat(khmer.text()).contains("មេរៀនទី១៖ ទឹកស្អាត និងសុខភាព", "លាងដៃជាមួយសាប៊ូ មុនពេលញ៉ាំអាហារ។",
                "លេខ៖ ០១២៣៤៥៦៧៨៩");
        assertThat(khmer.notes()).isEqualTo("កំណត់ចំណាំ៖ សួរសិស្សអំពីប្រភពទឹកនៅផ្ទះ។");

        for (SlideDeckResult.Slide slide : result.slides()) {
            assertImages(slide, 1280, 720, 640, 360);
            assertThat(TestDecks.luminanceDeviation(slide.large().file())).as("slide %d is not blank", slide.index())
                    .isGreaterThan(10);
        }
        assertThat(deck).as("the corpus file is untouched").hasSameBinaryContentAs(deck);
        try (Stream<Path> files = Files.list(dir.resolve("vi-km"))) {
            assertThat(files).as("only the images are left").hasSize(6);
        }
    }

    @Test
    void a_long_real_deck_keeps_its_slide_count_and_notes() throws Exception {
        TestDecks.assumeLibreOffice();
        Path deck = TestCorpus.deck("HowWeRefactor.pptx");

        SlideDeckResult result = processor.process(deck, dir.resolve("refactor"));

        assertThat(result.slides()).hasSize(TestDecks.poiSlideCount(deck, MediaKind.SLIDES_PPTX)).hasSize(28);
        assertThat(result.slides()).extracting(SlideDeckResult.Slide::index).startsWith(1, 2, 3).endsWith(28);
        assertThat(result.slides().get(0).notes()).startsWith("Turn off skype/email/sound");
        assertThat(result.slides().get(27).text()).contains("Conclusion");
        assertThat(result.slides().stream().filter(s -> !s.notes().isEmpty()).count()).isGreaterThan(10);
        result.slides().forEach(slide -> assertImages(slide, 1280, 960, 640, 480));
    }

    @Test
    void a_ppt_is_converted_and_a_missing_cjk_font_is_reported() throws Exception {
        TestDecks.assumeLibreOffice();
        Path deck = TestCorpus.deck("54880_chinese.ppt");
        FontCoverage fonts = FontCoverage.ofInstalledFonts();

        SlideDeckResult result = processor.process(deck, dir.resolve("ppt"));

        assertThat(result.source().kind()).isEqualTo(MediaKind.SLIDES_PPT);
        assertThat(result.slides()).singleElement().satisfies(slide -> {
            assertThat(slide.text()).contains("複数の文字", "カタカナ");
            assertImages(slide, 1280, 960, 640, 480);
        });
        if (fonts.isKnown() && !fonts.uncovered("カタカナ").isEmpty()) {
            assertThat(result.warnings()).anyMatch(w -> w.startsWith("Slide 1: no installed font has")
                    && w.contains("fonts-noto-cjk"));
        }
    }

    @Test
    void an_odp_is_converted_by_libreoffice() {
        TestDecks.assumeLibreOffice();

        SlideDeckResult result = processor.process(TestCorpus.deck("LibreOfficeImpress_odp_1.3.odp"), dir.resolve("odp"));

        assertThat(result.source().kind()).isEqualTo(MediaKind.SLIDES_ODP);
        assertThat(result.slides()).hasSize(2);
        assertThat(result.slides().get(0).text()).isEqualTo("This is\nAn example Impress file");
        assertThat(result.slides().get(0).large().width()).isEqualTo(1280);
    }

    @Test
    void a_pdf_is_drawn_directly_by_pdfbox() {
        SlideDeckResult result = processor.process(TestCorpus.deck("testPDFVarious.pdf"), dir.resolve("pdf"));

        assertThat(result.renderer()).isEqualTo(SlideDeckResult.Renderer.PDFBOX);
        assertThat(result.conversionTime()).isZero();
        assertThat(result.slides()).isNotEmpty().allSatisfy(slide -> {
            assertThat(slide.large().width()).isEqualTo(1280);
            assertThat(slide.small().width()).isEqualTo(640);
            assertThat(slide.notes()).isEmpty();
        });
        assertThat(result.slides().get(0).text()).isNotBlank();
    }

    @Test
    void a_pptx_named_pdf_goes_through_libreoffice() throws Exception {
        TestDecks.assumeLibreOffice();
        Path disguised = Files.copy(TestCorpus.deck("table-with-theme.pptx"), dir.resolve("table.pdf"));

        SlideDeckResult result = processor.process(disguised, dir.resolve("disguised"));

        assertThat(result.renderer()).isEqualTo(SlideDeckResult.Renderer.LIBREOFFICE);
        assertThat(result.slides()).singleElement().satisfies(slide -> {
            assertThat(slide.text()).isEqualTo("Abc def\ndef hij klm nop");
            assertImages(slide, 1280, 720, 640, 360);
        });
    }

    @Test
    void hidden_slides_are_left_out_and_keep_their_numbers() throws Exception {
        TestDecks.assumeLibreOffice();
        Path deck = TestDecks.withHiddenSlide(TestCorpus.deck("synthetic-vi-km.pptx"), 2, dir.resolve("hidden.pptx"));

        SlideDeckResult result = processor.process(deck, dir.resolve("hidden"));

        assertThat(result.slides()).extracting(SlideDeckResult.Slide::index).containsExactly(1, 3);
        assertThat(result.slides().get(1).notes()).isEqualTo("Ghi chú: phần ôn tập, 5 phút.");
        assertThat(result.warnings()).containsExactly("Slide 2 is hidden in the deck and left out.");
        try (Stream<Path> files = Files.list(dir.resolve("hidden"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("slide-002"));
        }
    }

    @Test
    void a_truncated_pptx_fails_permanently_with_a_clear_reason_and_is_left_untouched() throws Exception {
        Path broken = TestDecks.truncated(TestCorpus.deck("HowWeRefactor.pptx"), dir.resolve("broken.pptx"));
        String before = TestDecks.sha256(broken);
        var modified = Files.getLastModifiedTime(broken);
        Path out = dir.resolve("broken");

        assertThatThrownBy(() -> processor.process(broken, out))
                .isInstanceOf(CorruptDeckException.class)
                .hasMessageContaining("damaged or incomplete")
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isTrue());

        assertThat(TestDecks.sha256(broken)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(broken)).isEqualTo(modified);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("no images of a failed deck are left").isEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no LibreOffice lock file next to the input")
                    .noneMatch(name -> name.startsWith(".~lock"));
        }
    }

    @Test
    void a_zero_byte_file_fails_permanently_as_unsupported() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pptx"));

        assertThatThrownBy(() -> processor.process(empty, dir.resolve("empty")))
                .isInstanceOf(UnsupportedDeckException.class)
                .hasMessageContaining("application/octet-stream")
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isTrue());
    }

    @Test
    void a_password_protected_pdf_fails_permanently() throws Exception {
        Path locked = TestDecks.encryptedPdf(dir.resolve("locked.pdf"), "học-tập", "owner");

        assertThatThrownBy(() -> processor.process(locked, dir.resolve("locked-pdf")))
                .isInstanceOf(PasswordProtectedDeckException.class)
                .hasMessageContaining("protected by a password")
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isTrue());
    }

    @Test
    void a_password_protected_pptx_fails_permanently() throws Exception {
        Path locked = TestDecks.encryptedPptx(TestCorpus.deck("table-with-theme.pptx"), dir.resolve("locked.pptx"));

        assertThatThrownBy(() -> processor.process(locked, dir.resolve("locked-pptx")))
                .isInstanceOf(PasswordProtectedDeckException.class)
                .hasMessageContaining("protected by a password")
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isTrue());
    }

    @Test
    void a_video_is_not_a_deck() throws Exception {
        byte[] mp4 = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
                'i', 's', 'o', 'm', 'i', 's', 'o', '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1'};
        Path video = Files.write(dir.resolve("lesson.pptx"), mp4);

        assertThatThrownBy(() -> processor.process(video, dir.resolve("video")))
                .isInstanceOf(UnsupportedDeckException.class)
                .hasMessageContaining("(VIDEO)")
                .hasMessageContaining("not a presentation");
    }

    @Test
    void without_libreoffice_pptx_is_drawn_by_poi_and_marked_as_fallback() throws Exception {
        SlideDeckProcessor withoutLibreOffice = processorWithout();
        Path deck = TestCorpus.deck("synthetic-vi-km.pptx");

        SlideDeckResult result = withoutLibreOffice.process(deck, dir.resolve("poi"));

        assertThat(result.renderer()).isEqualTo(SlideDeckResult.Renderer.POI_FALLBACK);
        assertThat(result.warnings()).anyMatch(w -> w.contains("LibreOffice is not installed, so Apache POI drew the slides"));
        assertThat(result.slides()).hasSize(3);
        assertThat(result.slides().get(1).text()).contains("មេរៀនទី១៖ ទឹកស្អាត និងសុខភាព");
        assertThat(result.slides().get(1).notes()).isEqualTo("កំណត់ចំណាំ៖ សួរសិស្សអំពីប្រភពទឹកនៅផ្ទះ។");
        for (SlideDeckResult.Slide slide : result.slides()) {
            assertImages(slide, 1280, 720, 640, 360);
            assertThat(TestDecks.luminanceDeviation(slide.large().file())).isGreaterThan(10);
        }
    }

    @Test
    void without_libreoffice_an_odp_fails_transiently_saying_what_to_install() {
        assertThatThrownBy(() -> processorWithout().process(TestCorpus.deck("LibreOfficeImpress_odp_1.3.odp"),
                dir.resolve("odp-without")))
                .isInstanceOf(ConverterUnavailableException.class)
                .hasMessageContaining("libreoffice-impress")
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isFalse());
    }

    @Test
    void without_libreoffice_a_truncated_pptx_still_fails_permanently() throws Exception {
        Path broken = TestDecks.truncated(TestCorpus.deck("table-with-theme.pptx"), dir.resolve("broken-2.pptx"));

        assertThatThrownBy(() -> processorWithout().process(broken, dir.resolve("broken-without")))
                .isInstanceOf(CorruptDeckException.class)
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isTrue());
    }

    private SlideDeckProcessor processorWithout() {
        LibreOfficeConverter missing = LibreOfficeConverter.builder().soffice(dir.resolve("no-soffice")).build();
        return new SlideDeckProcessor(new MediaTypeDetector(), missing, new PdfSlideRenderer(), new PoiSlideRenderer(),
                new SpeakerNotesReader(), FontCoverage.unknown());
    }

    private static void assertImages(SlideDeckResult.Slide slide, int largeWidth, int largeHeight, int smallWidth,
                                     int smallHeight) {
        try {
            for (SlideImage image : List.of(slide.large(), slide.small())) {
                assertThat(image.file()).isRegularFile();
                assertThat(image.bytes()).isEqualTo(Files.size(image.file()));
                assertThat(image.sha256()).isEqualTo(TestDecks.sha256(image.file()));
                assertThat(image.mediaType()).isIn("image/png", "image/jpeg");
            }
            assertThat(TestDecks.dimensions(slide.large().file())).containsExactly(largeWidth, largeHeight);
            assertThat(TestDecks.dimensions(slide.small().file())).containsExactly(smallWidth, smallHeight);
            assertThat(slide.large().width()).isEqualTo(largeWidth);
            assertThat(slide.small().width()).isEqualTo(smallWidth);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
