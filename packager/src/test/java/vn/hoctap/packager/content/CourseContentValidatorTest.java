package vn.hoctap.packager.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoctap.packager.SampleCourse;

class CourseContentValidatorTest {

    private static CourseContent withLessons(List<LessonContent> lessons) {
        CourseContent c = SampleCourse.course(1, 30, 20);
        return new CourseContent(c.courseIri(), 1, c.title(), c.description(), c.languages(), lessons);
    }

    private static LessonContent withBlock(Block block) {
        return new LessonContent("l", LocalizedText.of("vi", "Bài"), null, List.of(block));
    }

    @Test
    void the_sample_course_is_valid() {
        CourseContentValidator.validate(SampleCourse.course(1, 30, 20));
    }

    @Test
    void a_course_iri_must_be_absolute_without_query() {
        CourseContent c = SampleCourse.course(1, 30, 20);
        assertThatThrownBy(() -> CourseContentValidator.validate(new CourseContent("courses/1", 1, c.title(), null,
                c.languages(), c.lessons()))).isInstanceOf(InvalidCourseContentException.class)
                .hasMessageStartingWith("courseIri:");
        assertThatThrownBy(() -> CourseContentValidator.validate(new CourseContent("https://x.vn/c?id=1", 1, c.title(),
                null, c.languages(), c.lessons()))).hasMessageStartingWith("courseIri:");
    }

    @Test
    void a_language_outside_vi_km_en_is_refused_with_its_path() {
        CourseContent c = SampleCourse.course(1, 30, 20);
        var e = (InvalidCourseContentException) org.assertj.core.api.Assertions.catchThrowable(() ->
                CourseContentValidator.validate(new CourseContent(c.courseIri(), 1, c.title(), null,
                        List.of("vi", "fr"), c.lessons())));
        assertThat(e.path()).isEqualTo("languages[1]");
        assertThat(e.toApiError().status()).isEqualTo(422);
    }

    @Test
    void lesson_ids_are_unique_without_case() {
        CourseContent c = SampleCourse.course(1, 30, 20);
        List<LessonContent> lessons = new ArrayList<>(c.lessons());
        LessonContent first = lessons.get(0);
        lessons.set(1, new LessonContent("BAI-1", first.title(), null, first.blocks()));
        assertThatThrownBy(() -> CourseContentValidator.validate(withLessons(lessons)))
                .hasMessageStartingWith("lessons[1].id:");
    }

    @Test
    void a_single_choice_question_needs_exactly_one_correct_choice() {
        Block.QuizBlock quiz = new Block.QuizBlock("q", null, List.of(new Block.Question("a", Block.QuestionKind.SINGLE,
                LocalizedText.of("vi", "?"), List.of(new Block.Choice("x", LocalizedText.of("vi", "x"), true, null),
                new Block.Choice("y", LocalizedText.of("vi", "y"), true, null)), 1, null, null)),
                new BigDecimal("0.5"), false);
        assertThatThrownBy(() -> CourseContentValidator.validate(withLessons(List.of(withBlock(quiz)))))
                .hasMessageStartingWith("lessons[0].blocks[0].questions[0].choices:");
    }

    @Test
    void a_mastery_score_has_at_most_four_decimals_between_0_and_1() {
        Block.QuizBlock quiz = new Block.QuizBlock("q", null, List.of(new Block.Question("a", Block.QuestionKind.TRUE_FALSE,
                LocalizedText.of("vi", "?"), List.of(new Block.Choice("true", LocalizedText.of("vi", "Đúng"), true, null),
                new Block.Choice("false", LocalizedText.of("vi", "Sai"), false, null)), 1, null, null)),
                new BigDecimal("0.12345"), false);
        assertThatThrownBy(() -> CourseContentValidator.validate(withLessons(List.of(withBlock(quiz)))))
                .hasMessageStartingWith("lessons[0].blocks[0].masteryScore:");
    }

    @Test
    void html_with_a_script_or_an_external_reference_is_refused() {
        for (String html : List.of("<p>a</p><script>alert(1)</script>", "<img src=\"https://cdn.x/a.png\">",
                "<a href=\"javascript:alert(1)\">x</a>", "<p onclick=\"x()\">y</p>")) {
            Block.TextBlock text = new Block.TextBlock("t", null, LocalizedText.of("vi", html));
            assertThatThrownBy(() -> CourseContentValidator.validate(withLessons(List.of(withBlock(text)))))
                    .as(html).hasMessageStartingWith("lessons[0].blocks[0].html.vi:");
        }
    }

    @Test
    void a_file_key_must_be_a_valid_object_key() {
        Block.ImageBlock image = new Block.ImageBlock("i", null, "../etc/passwd", "a.png", LocalizedText.of("vi", "ảnh"), null);
        assertThatThrownBy(() -> CourseContentValidator.validate(withLessons(List.of(withBlock(image)))))
                .hasMessageStartingWith("lessons[0].blocks[0].largeImage:");
    }
}
