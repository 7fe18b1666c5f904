package vn.hoctap.media.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.media.detect.TestCorpus;

class LibreOfficeConverterTest {

    @TempDir
    Path dir;

    private LibreOfficeConverter converter;

    @BeforeEach
    void converter() {
        converter = LibreOfficeConverter.builder().workDirectory(dir.resolve("work")).build();
    }

    @AfterEach
    void deleteProfiles() {
        converter.close();
    }

    @Test
    void a_pptx_becomes_a_pdf_with_one_page_per_slide_and_the_khmer_font_embedded() throws Exception {
        TestDecks.assumeLibreOffice();
        Path deck = TestCorpus.deck("synthetic-vi-km.pptx");

        PdfConversion conversion = converter.convertToPdf(deck, MediaKind.SLIDES_PPTX, dir.resolve("out.pdf"));

        assertThat(conversion.pdf()).isEqualTo(dir.resolve("out.pdf"));
        assertThat(conversion.warmProfile()).isFalse();
        try (PDDocument pdf = Loader.loadPDF(conversion.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(TestDecks.poiSlideCount(deck, MediaKind.SLIDES_PPTX)).isEqualTo(3);
            // Glyph coverage: the Khmer slide is set in an installed Khmer font, not in a fallback without Khmer.
            assertThat(fontNames(pdf.getPage(1).getResources())).anyMatch(name -> name.contains("Khmer"));
        }
    }

    @Test
    void the_second_conversion_reuses_the_profile_of_the_first() {
        TestDecks.assumeLibreOffice();
        Path deck = TestCorpus.deck("table-with-theme.pptx");

        PdfConversion first = converter.convertToPdf(deck, MediaKind.SLIDES_PPTX, dir.resolve("1.pdf"));
        PdfConversion second = converter.convertToPdf(deck, MediaKind.SLIDES_PPTX, dir.resolve("2.pdf"));

        assertThat(first.warmProfile()).isFalse();
        assertThat(second.warmProfile()).isTrue();
    }

    @Test
    void a_pptx_named_pdf_is_converted_as_the_kind_it_was_detected_as() throws Exception {
        TestDecks.assumeLibreOffice();
        Path disguised = Files.copy(TestCorpus.deck("table-with-theme.pptx"), dir.resolve("lesson.pdf"));

        PdfConversion conversion = converter.convertToPdf(disguised, MediaKind.SLIDES_PPTX, dir.resolve("out.pdf"));

        try (PDDocument pdf = Loader.loadPDF(conversion.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void a_truncated_deck_fails_with_what_libreoffice_said_and_is_left_untouched() throws Exception {
        TestDecks.assumeLibreOffice();
        Path broken = TestDecks.truncated(TestCorpus.deck("table-with-theme.pptx"), dir.resolve("broken.pptx"));
        String before = TestDecks.sha256(broken);
        var modified = Files.getLastModifiedTime(broken);

        assertThatThrownBy(() -> converter.convertToPdf(broken, MediaKind.SLIDES_PPTX, dir.resolve("out.pdf")))
                .isInstanceOf(ConversionFailedException.class)
                .hasMessageContaining("LibreOffice wrote no PDF")
                .hasMessageContaining("could not be loaded")
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isFalse());

        assertThat(TestDecks.sha256(broken)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(broken)).isEqualTo(modified);
        assertThat(dir.resolve("out.pdf")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("broken.pptx", "work");
        }
    }

    @Test
    void a_conversion_over_the_time_limit_is_killed_with_its_child_processes() throws IOException {
        TestDecks.assumeLibreOffice();
        LibreOfficeConverter impatient = LibreOfficeConverter.builder()
                .workDirectory(dir.resolve("impatient")).timeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> impatient.convertToPdf(TestCorpus.deck("HowWeRefactor.pptx"), MediaKind.SLIDES_PPTX,
                dir.resolve("out.pdf")))
                .isInstanceOf(ConversionTimeoutException.class)
                .hasMessageContaining("did not finish within 300 ms");

        String workPath = dir.resolve("impatient").toString();
        List<String> left = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(commandLine -> commandLine.contains(workPath)).toList();
        assertThat(left).as("LibreOffice processes left running").isEmpty();
        try (Stream<Path> jobs = Files.list(dir.resolve("impatient"))) {
            assertThat(jobs.map(p -> p.getFileName().toString())).allMatch(name -> name.equals("soffice-profiles"));
        }
        try (Stream<Path> profiles = Files.list(dir.resolve("impatient").resolve("soffice-profiles"))) {
            assertThat(profiles).as("the profile of a killed run is not kept").isEmpty();
        }
    }

    @Test
    void without_soffice_the_converter_is_unavailable_and_says_what_to_install() {
        LibreOfficeConverter missing = LibreOfficeConverter.builder()
                .soffice(dir.resolve("no-such-soffice")).workDirectory(dir.resolve("work")).build();

        assertThat(missing.isAvailable()).isFalse();
        assertThat(missing.soffice()).isEmpty();
        assertThatThrownBy(() -> missing.convertToPdf(dir.resolve("any.pptx"), MediaKind.SLIDES_PPTX, dir.resolve("out.pdf")))
                .isInstanceOf(ConverterUnavailableException.class)
                .hasMessageContaining("LibreOffice is not installed")
                .hasMessageContaining("no-such-soffice")
                .hasMessageContaining("libreoffice-impress")
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isFalse());
    }

    @Test
    void soffice_is_found_on_this_machine_when_installed() {
        TestDecks.assumeLibreOffice();

        assertThat(LibreOfficeConverter.onThisMachine().isAvailable()).isTrue();
        assertThat(LibreOfficeConverter.locateSoffice().orElseThrow()).isExecutable();
    }

    @Test
    void only_slide_decks_are_converted() {
        assertThatThrownBy(() -> converter.convertToPdf(dir.resolve("a.pdf"), MediaKind.PDF, dir.resolve("b.pdf")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> fontNames(PDResources resources) throws IOException {
        List<String> names = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        return names;
    }
}
