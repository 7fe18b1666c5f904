package vn.hoctap.lrs.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.lrs.json.StrictJson;

class ProgressCalculatorTest {

    private static final String COURSE = "https://hoctap.example/course/ky-nang-so";
    private static final String LESSON_1 = COURSE + "/au/1";
    private static final String LESSON_2 = COURSE + "/au/2";
    private static final String REGISTRATION = "6f1c2a0e-4b1d-4c55-9a43-3f2b7b9f0c11";

    private final ProgressCalculator calculator = new ProgressCalculator();

    private static JsonNode statement(String verb, String object, String contextKind, String timestamp, String result) {
        return StrictJson.parse("""
                {"verb":{"id":"%s"},"object":{"id":"%s","definition":{"name":{"vi":"Bài","en":"Lesson"}}},
                 "context":{"registration":"%s","contextActivities":{"%s":[{"id":"%s"}]}},
                 "timestamp":"%s","stored":"2026-12-01T00:00:00.000Z"%s}
                """.formatted(verb, object, REGISTRATION, contextKind, COURSE, timestamp,
                result.isEmpty() ? "" : ",\"result\":" + result));
    }

    @Test
    void lessons_are_the_activities_whose_statements_carry_the_course_as_parent_or_grouping() {
        var progress = calculator.calculate(COURSE, List.of(
                statement(ProgressCalculator.COMPLETED, LESSON_1, "grouping", "2026-11-30T08:00:00Z", ""),
                statement(ProgressCalculator.COMPLETED, LESSON_2, "parent", "2026-11-30T09:00:00Z", ""),
                statement(ProgressCalculator.COMPLETED, COURSE + "/extra", "category", "2026-11-30T10:00:00Z", "")));

        assertThat(progress.lessons()).extracting(LessonProgress::lessonId).containsExactly(LESSON_2, LESSON_1);
        assertThat(progress.completedLessons()).isEqualTo(2);
        assertThat(progress.completed()).isFalse();
    }

    @Test
    void a_lesson_is_passed_once_it_was_passed_even_after_a_failed_attempt_and_keeps_its_best_score() {
        var progress = calculator.calculate(COURSE, List.of(
                statement(ProgressCalculator.FAILED, LESSON_1, "grouping", "2026-11-30T08:00:00Z",
                        "{\"success\":false,\"score\":{\"scaled\":0.4}}"),
                statement(ProgressCalculator.PASSED, LESSON_1, "grouping", "2026-11-30T08:30:00Z",
                        "{\"success\":true,\"score\":{\"scaled\":0.9,\"raw\":9,\"min\":0,\"max\":10}}"),
                statement(ProgressCalculator.FAILED, LESSON_1, "grouping", "2026-11-30T09:00:00Z",
                        "{\"success\":false,\"score\":{\"scaled\":0.5}}")));

        LessonProgress lesson = progress.lessons().get(0);
        assertThat(lesson.passed()).contains(true);
        assertThat(lesson.bestScaled()).contains(new BigDecimal("0.9"));
        assertThat(lesson.score().orElseThrow().get("scaled").asDouble()).isEqualTo(0.5);
        assertThat(lesson.completed()).isFalse();
    }

    @Test
    void a_lesson_only_failed_is_not_passed_and_one_without_verdict_has_none() {
        var progress = calculator.calculate(COURSE, List.of(
                statement(ProgressCalculator.FAILED, LESSON_1, "grouping", "2026-11-30T08:00:00Z", ""),
                statement("http://adlnet.gov/expapi/verbs/experienced", LESSON_2, "grouping", "2026-11-30T07:00:00Z", "")));

        assertThat(progress.lessons()).extracting(LessonProgress::passed)
                .containsExactly(Optional.of(false), Optional.empty());
    }

    @Test
    void the_order_is_when_the_learner_acted_not_when_the_phone_synced() {
        // stored first, but recorded later offline: lesson 1 is the one to resume
        var progress = calculator.calculate(COURSE, List.of(
                statement("http://adlnet.gov/expapi/verbs/progressed", LESSON_1, "grouping", "2026-11-30T12:00:00+07:00",
                        "{\"extensions\":{\"" + ProgressCalculator.CMI5_PROGRESS + "\":40}}"),
                statement(ProgressCalculator.COMPLETED, LESSON_2, "grouping", "2026-11-30T04:00:00Z", "")));

        var resume = progress.resume().orElseThrow();
        assertThat(resume.lessonId()).isEqualTo(LESSON_1);
        assertThat(resume.progress()).contains(40);
        assertThat(resume.at().toString()).isEqualTo("2026-11-30T05:00Z");
        assertThat(progress.lessons().get(0).registration().orElseThrow().toString()).isEqualTo(REGISTRATION);
        assertThat(progress.lessons().get(1).progress()).contains(100);
    }

    @Test
    void statements_about_the_course_itself_decide_whether_the_course_is_completed_and_passed() {
        JsonNode satisfied = StrictJson.parse("""
                {"verb":{"id":"https://w3id.org/xapi/adl/verbs/satisfied"},"object":{"id":"%s"},
                 "timestamp":"2026-11-30T10:00:00Z"}""".formatted(COURSE));
        JsonNode passed = StrictJson.parse("""
                {"verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"object":{"id":"%s"},
                 "timestamp":"2026-11-30T10:00:01Z"}""".formatted(COURSE));

        var progress = calculator.calculate(COURSE, List.of(satisfied, passed));

        assertThat(progress.completed()).isTrue();
        assertThat(progress.passed()).contains(true);
        assertThat(progress.lessons()).isEmpty();
        assertThat(progress.resume()).isEmpty();
        assertThat(progress.lastActivity().orElseThrow().toString()).isEqualTo("2026-11-30T10:00:01Z");
    }
}
