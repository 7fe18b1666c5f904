package vn.hoctap.samples.outline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutlineReaderTest {

    private static final Path OUTLINE = Path.of("course/outline.json");

    private final OutlineReader reader = new OutlineReader();

    @Test
    void the_sample_course_outline_is_complete_in_vietnamese_khmer_and_english() {
        CourseOutline outline = reader.read(OUTLINE);

        assertThat(outline.title().in("vi")).isEqualTo("Kỹ năng số cơ bản");
        assertThat(outline.title().in("km")).isEqualTo("ជំនាញឌីជីថលមូលដ្ឋាន");
        assertThat(outline.languages()).containsExactly("vi", "km", "en");
        assertThat(outline.lessons()).hasSizeBetween(2, 3);
        assertThat(outline.lessons()).allSatisfy(l -> assertThat(l.blocks(Block.Slides.class)).hasSize(1));
        assertThat(outline.lessons().stream().flatMap(l -> l.blocks(Block.Quiz.class).stream())
                .flatMap(q -> q.questions().stream()).map(Block.Question::type).distinct())
                .containsExactlyInAnyOrder("single", "multiple", "true_false");
        assertThat(outline.lessons().stream().mapToLong(l -> l.blocks(Block.Video.class).size()).sum()).isEqualTo(1);
    }

    @Test
    void every_problem_is_reported_with_its_place() throws IOException {
        String json = Files.readString(OUTLINE)
                .replace("\"km\": \"ការប្រើប្រាស់ទូរស័ព្ទឆ្លាតវៃដោយសុវត្ថិភាព\",", "")
                .replace("\"correct\": true,\n                  \"feedback\": { \"vi\": \"Đúng. Dãy số",
                        "\"correct\": false,\n                  \"feedback\": { \"vi\": \"Đúng. Dãy số")
                .replace("\"file\": \"bai-3-ung-dung-cong-dan\"", "\"file\": \"bai-1-dien-thoai-an-toan\"");

        assertThatThrownBy(() -> reader.parse(json.getBytes(StandardCharsets.UTF_8), "edited.json"))
                .isInstanceOfSatisfying(InvalidOutlineException.class, e -> assertThat(e.problems()).containsExactly(
                        "lessons[0].title.km: missing",
                        "lessons[0].blocks[1].questions[0].choices: a single-choice question needs exactly one correct choice, has 0",
                        "lessons[2].blocks[0].file: 'bai-1-dien-thoai-an-toan' is used by another block"));
    }

    @Test
    void a_misspelt_field_is_refused_instead_of_dropping_content() throws IOException {
        String json = Files.readString(OUTLINE).replaceFirst("\"bullets\"", "\"bulets\"");

        assertThatThrownBy(() -> reader.parse(json.getBytes(StandardCharsets.UTF_8), "typo.json"))
                .isInstanceOf(InvalidOutlineException.class)
                .hasMessageContaining("typo.json")
                .hasMessageContaining("bulets");
    }
}
