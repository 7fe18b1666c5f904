package vn.hoctap.packager.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.hoctap.authoring.publishing.PublishedCourse;
import vn.hoctap.authoring.text.LocalizedText;

class CatalogCardsTest {

    @Test
    void a_lesson_lasts_its_video_plus_thirty_seconds_a_slide_in_one_language_and_a_question() {
        var lesson = new PublishedCourse.Lesson(UUID.randomUUID(), LocalizedText.of("vi", "Bài 1"), LocalizedText.empty(),
                List.of(deck("vi", 5), deck("km", 4), deck("en", 6), deck(null, 2)));

        // the English deck (6 slides, the most of one language) and the deck shown in every language (2)
        assertThat(CatalogCards.durationSeconds(lesson)).isEqualTo((6 + 2) * 30);
    }

    @Test
    void two_decks_of_the_same_language_add_up() {
        var lesson = new PublishedCourse.Lesson(UUID.randomUUID(), LocalizedText.of("vi", "Bài 2"), LocalizedText.empty(),
                List.of(deck("vi", 3), deck("vi", 4), deck("km", 5)));

        assertThat(CatalogCards.durationSeconds(lesson)).isEqualTo(7 * 30);
    }

    private static PublishedCourse.Slides deck(String language, int slides) {
        List<PublishedCourse.Slide> all = new ArrayList<>();
        for (int i = 1; i <= slides; i++) {
            all.add(new PublishedCourse.Slide(i, "Trang " + i, "", null, null));
        }
        return new PublishedCourse.Slides(UUID.randomUUID(), LocalizedText.empty(), language, null, all);
    }
}
