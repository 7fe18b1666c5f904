package vn.hoctap.lrs.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.lrs.validation.Uuids;

/**
 * Computes a {@link CourseProgress} from one learner's statements in a course. Statements count in the order the
 * learner made them ({@code timestamp}; the order of storage breaks ties and replaces unreadable timestamps), not
 * the order a phone synced them. Pure and stateless.
 */
public final class ProgressCalculator {

    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    static final String CMI5_PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress";
    private static final Set<String> LESSON_CONTEXTS = Set.of("parent", "grouping");

    /**
     * @param courseId   the course's activity IRI
     * @param statements the learner's statements mentioning the course, in the order they were stored (voided ones
     *                   already left out)
     */
    public CourseProgress calculate(String courseId, List<JsonNode> statements) {
        List<Timed> ordered = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            ordered.add(new Timed(statements.get(i), timestamp(statements.get(i)), i));
        }
        ordered.sort(Comparator.comparing(Timed::at).thenComparingInt(Timed::storedOrder));
        Map<String, Lesson> lessons = new LinkedHashMap<>();
        Outcome course = new Outcome();
        OffsetDateTime last = null;
        for (Timed timed : ordered) {
            JsonNode statement = timed.statement();
            JsonNode object = statement.path("object");
            if (!object.path("objectType").asText("Activity").equals("Activity")) {
                continue;
            }
            String objectId = object.path("id").asText();
            last = timed.at();
            if (objectId.equals(courseId)) {
                course.record(statement);
                continue;
            }
            if (inCourse(statement, courseId)) {
                lessons.computeIfAbsent(objectId, Lesson::new).record(statement, timed.at());
            }
        }
        List<LessonProgress> result = lessons.values().stream().map(Lesson::progress)
                .sorted(Comparator.comparing(LessonProgress::lastActivity).reversed()).toList();
        Optional<CourseProgress.Resume> resume = result.stream().findFirst()
                .map(lesson -> new CourseProgress.Resume(lesson.lessonId(), lesson.lastActivity(), lesson.progress(),
                        Optional.empty()));
        return new CourseProgress(courseId, result, course.completed, course.passed(), Optional.ofNullable(last),
                resume);
    }

    private static boolean inCourse(JsonNode statement, String courseId) {
        JsonNode contextActivities = statement.path("context").path("contextActivities");
        for (String kind : LESSON_CONTEXTS) {
            JsonNode activities = contextActivities.path(kind);
            if (activities.isObject() && courseId.equals(activities.path("id").asText())) {
                return true;
            }
            for (JsonNode activity : activities) {
                if (courseId.equals(activity.path("id").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static OffsetDateTime timestamp(JsonNode statement) {
        for (String property : List.of("timestamp", "stored")) {
            try {
                return OffsetDateTime.parse(statement.path(property).asText()).withOffsetSameInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                // try the next one
            }
        }
        return OffsetDateTime.MIN;
    }

    private record Timed(JsonNode statement, OffsetDateTime at, int storedOrder) {
    }

    /** Completion and success as statements say them. */
    private static class Outcome {
        boolean completed;
        Boolean passed;

        void record(JsonNode statement) {
            String verb = statement.path("verb").path("id").asText();
            JsonNode result = statement.path("result");
            if (verb.equals(COMPLETED) || verb.equals(SATISFIED) || result.path("completion").asBoolean(false)) {
                completed = true;
            }
            boolean success = verb.equals(PASSED) || result.path("success").isBoolean() && result.get("success").asBoolean();
            boolean failure = verb.equals(FAILED) || result.path("success").isBoolean() && !result.get("success").asBoolean();
            if (success) {
                passed = true;
            } else if (failure && passed == null) {
                passed = false;
            }
        }

        Optional<Boolean> passed() {
            return Optional.ofNullable(passed);
        }
    }

    private static final class Lesson extends Outcome {
        final String id;
        JsonNode name;
        JsonNode score;
        BigDecimal bestScaled;
        Integer progress;
        String lastVerb;
        OffsetDateTime lastActivity;
        UUID registration;

        Lesson(String id) {
            this.id = id;
        }

        void record(JsonNode statement, OffsetDateTime at) {
            record(statement);
            JsonNode definitionName = statement.path("object").path("definition").path("name");
            if (definitionName.isObject() && !definitionName.isEmpty()) {
                name = definitionName;
            }
            JsonNode result = statement.path("result");
            if (result.path("score").isObject()) {
                score = result.get("score");
                if (score.path("scaled").isNumber()) {
                    BigDecimal scaled = score.get("scaled").decimalValue();
                    bestScaled = bestScaled == null || scaled.compareTo(bestScaled) > 0 ? scaled : bestScaled;
                }
            }
            JsonNode reported = result.path("extensions").path(CMI5_PROGRESS);
            if (reported.isIntegralNumber()) {
                progress = reported.asInt();
            }
            if (completed) {
                progress = 100;
            }
            lastVerb = statement.path("verb").path("id").asText();
            lastActivity = at;
            String sentRegistration = statement.path("context").path("registration").asText(null);
            registration = sentRegistration != null && Uuids.isValid(sentRegistration)
                    ? UUID.fromString(sentRegistration) : null;
        }

        LessonProgress progress() {
            return new LessonProgress(id, Optional.ofNullable(name), completed, passed(), Optional.ofNullable(score),
                    Optional.ofNullable(bestScaled), Optional.ofNullable(progress), lastVerb, lastActivity,
                    Optional.ofNullable(registration));
        }
    }
}
