package vn.hoctap.media.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.detect.TestCorpus;

class PdfSlideRendererTest {

    private final PdfSlideRenderer renderer = new PdfSlideRenderer();

    @TempDir
    Path out;

    @Test
    void every_page_of_a_real_pdf_becomes_two_images_with_its_text() throws Exception {
        Path pdf = TestCorpus.deck("testPDFVarious.pdf");
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
        }

        RenderedDeck deck = renderer.render(pdf, out);

        assertThat(deck.pages()).hasSize(pages);
        assertThat(renderer.pageCount(pdf)).isEqualTo(pages);
        for (RenderedPage page : deck.pages()) {
            assertThat(page.large().width()).isEqualTo(1280);
            assertThat(page.small().width()).isEqualTo(640);
            assertThat(TestDecks.dimensions(page.large().file())).containsExactly(1280, page.large().height());
            assertThat(TestDecks.dimensions(page.small().file())).containsExactly(640, page.small().height());
            assertThat(page.large().bytes()).isEqualTo(Files.size(page.large().file()));
            assertThat(page.large().sha256()).isEqualTo(TestDecks.sha256(page.large().file()));
            assertThat(page.small().sha256()).isEqualTo(TestDecks.sha256(page.small().file()));
            assertThat(page.large().file().getFileName().toString()).matches("slide-00" + page.index() + "-1280\\.(png|jpg)");
            assertThat(TestDecks.luminanceDeviation(page.large().file())).isGreaterThan(5);
        }
        assertThat(deck.pages().get(0).text()).isNotBlank();
    }

    @Test
    void a_pdf_with_an_open_password_fails_permanently() throws Exception {
        Path pdf = TestDecks.encryptedPdf(out.resolve("locked.pdf"), "học-tập", "owner");

        assertThatThrownBy(() -> renderer.render(pdf, out))
                .isInstanceOf(PasswordProtectedDeckException.class)
                .hasMessageContaining("protected by a password")
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isTrue());
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void a_pdf_with_permissions_but_no_open_password_is_rendered_with_a_warning() throws Exception {
        Path pdf = TestDecks.encryptedPdf(out.resolve("restricted.pdf"), "", "owner");

        RenderedDeck deck = renderer.render(pdf, out);

        assertThat(deck.pages()).hasSize(1);
        assertThat(deck.pages().get(0).text()).isEqualTo("Page 1");
        assertThat(deck.warnings()).anyMatch(w -> w.contains("permissions only"));
    }

    @Test
    void a_huge_page_is_drawn_at_the_normal_width() throws Exception {
        Path pdf = TestDecks.pdf(out.resolve("poster.pdf"), new PDRectangle(14_400, 14_400));

        RenderedPage page = renderer.render(pdf, out).pages().get(0);

        assertThat(page.large().width()).isEqualTo(1280);
        assertThat(page.large().height()).isEqualTo(1280);
        assertThat(page.small().height()).isEqualTo(640);
        assertThat(page.text()).isEqualTo("Page 1");
    }

    @Test
    void a_very_tall_page_is_capped_at_four_times_the_width() throws Exception {
        Path pdf = TestDecks.pdf(out.resolve("strip.pdf"), new PDRectangle(200, 14_400));

        RenderedDeck deck = renderer.render(pdf, out);
        RenderedPage page = deck.pages().get(0);

        assertThat(page.large().height()).isEqualTo(5120);
        assertThat(page.large().width()).isEqualTo(71); // 200 pt × 5120 / 14400
        assertThat(page.small().height()).isEqualTo(2560);
        assertThat(page.small().width()).isEqualTo(36);
        assertThat(page.warnings()).singleElement().asString().contains("more than 4 times taller than wide");
    }

    @Test
    void a_rotated_page_is_drawn_as_shown() throws Exception {
        Path pdf = out.resolve("rotated.pdf");
        TestDecks.pdf(pdf, PDRectangle.A4);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(0);
            page.setRotation(90);
            document.save(pdf.toFile());
        }

        RenderedPage page = renderer.render(pdf, out).pages().get(0);

        assertThat(page.large().width()).isEqualTo(1280);
        assertThat(page.large().height()).isEqualTo(Math.round(1280 * 595.27563f / 841.8898f));
        assertThat(TestDecks.luminanceDeviation(page.large().file())).isGreaterThan(1);
    }

    @Test
    void a_damaged_pdf_fails_permanently() throws Exception {
        Path pdf = Files.write(out.resolve("damaged.pdf"), "%PDF-1.7\nnot really a PDF at all\n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> renderer.render(pdf, out))
                .isInstanceOf(CorruptDeckException.class)
                .hasMessageContaining("damaged")
                .satisfies(e -> assertThat(((SlideDeckException) e).isPermanent()).isTrue());
    }

    @Test
    void a_pdf_without_pages_is_empty() throws Exception {
        Path pdf = out.resolve("nothing.pdf");
        try (PDDocument document = new PDDocument()) {
            document.save(pdf.toFile());
        }

        assertThatThrownBy(() -> renderer.render(pdf, out)).isInstanceOf(EmptyDeckException.class);
    }

    @Test
    void a_pdf_over_the_page_limit_is_refused_before_drawing() throws Exception {
        Path pdf = TestDecks.pdf(out.resolve("three.pdf"), PDRectangle.A6, PDRectangle.A6, PDRectangle.A6);

        assertThatThrownBy(() -> new PdfSlideRenderer(ImageEncoding.ADAPTIVE, 2).render(pdf, out))
                .isInstanceOf(DeckTooLargeException.class)
                .hasMessageContaining("3 pages; at most 2");
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void the_encoding_can_be_forced() throws Exception {
        Path pdf = TestDecks.pdf(out.resolve("one.pdf"), PDRectangle.A6);

        RenderedPage jpeg = new PdfSlideRenderer(ImageEncoding.JPEG, 10).render(pdf, out).pages().get(0);
        assertThat(jpeg.large().mediaType()).isEqualTo("image/jpeg");
        assertThat(jpeg.large().file().toString()).endsWith(".jpg");

        RenderedPage png = new PdfSlideRenderer(ImageEncoding.PNG, 10).render(pdf, out).pages().get(0);
        assertThat(png.large().mediaType()).isEqualTo("image/png");
        assertThat(png.small().file().toString()).endsWith("-640.png");
    }
}
