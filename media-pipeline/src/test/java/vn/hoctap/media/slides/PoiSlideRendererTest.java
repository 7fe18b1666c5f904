package vn.hoctap.media.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.media.detect.TestCorpus;

class PoiSlideRendererTest {

    private final PoiSlideRenderer renderer = new PoiSlideRenderer();

    @TempDir
    Path out;

    @Test
    void a_pptx_is_drawn_slide_by_slide_at_both_widths_with_the_decks_own_text() throws Exception {
        Path deck = TestCorpus.deck("synthetic-vi-km.pptx");

        RenderedDeck rendered = renderer.render(deck, MediaKind.SLIDES_PPTX, out);

        assertThat(rendered.pages()).hasSize(TestDecks.poiSlideCount(deck, MediaKind.SLIDES_PPTX));
        for (RenderedPage page : rendered.pages()) {
            assertThat(page.large().width()).isEqualTo(1280);
            assertThat(page.large().height()).isEqualTo(720); // 960 × 540 pt
            assertThat(page.small().width()).isEqualTo(640);
            assertThat(page.small().height()).isEqualTo(360);
            assertThat(TestDecks.dimensions(page.large().file())).containsExactly(1280, 720);
            assertThat(TestDecks.luminanceDeviation(page.large().file())).as("slide %d is not blank", page.index())
                    .isGreaterThan(10);
            assertThat(page.warnings()).isEmpty();
        }
        assertThat(rendered.pages().get(1).text()).contains("លាងដៃជាមួយសាប៊ូ មុនពេលញ៉ាំអាហារ។");
    }

    @Test
    void a_ppt_is_drawn_too() throws Exception {
        RenderedDeck rendered = renderer.render(TestCorpus.deck("54880_chinese.ppt"), MediaKind.SLIDES_PPT, out);

        assertThat(rendered.pages()).singleElement().satisfies(page -> {
            assertThat(page.large().width()).isEqualTo(1280);
            assertThat(page.large().height()).isEqualTo(960); // 720 × 540 pt
            assertThat(page.text()).contains("カタカナ");
        });
    }

    @Test
    void an_odp_cannot_be_drawn_by_poi() {
        assertThatThrownBy(() -> renderer.render(TestCorpus.deck("LibreOfficeImpress_odp_1.3.odp"), MediaKind.SLIDES_ODP, out))
                .isInstanceOf(UnsupportedDeckException.class);
    }

    @Test
    void a_deck_over_the_slide_limit_is_refused() {
        assertThatThrownBy(() -> new PoiSlideRenderer(ImageEncoding.ADAPTIVE, 2)
                .render(TestCorpus.deck("synthetic-vi-km.pptx"), MediaKind.SLIDES_PPTX, out))
                .isInstanceOf(DeckTooLargeException.class)
                .hasMessageContaining("3 slides; at most 2");
    }
}
