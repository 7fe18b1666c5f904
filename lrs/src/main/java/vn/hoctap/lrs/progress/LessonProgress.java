package vn.hoctap.lrs.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One lesson of a course as the learner's statements tell it.
 *
 * @param lessonId     the lesson's activity IRI
 * @param name         the lesson's name (a language map) from the latest statement that had one
 * @param completed    a statement said completed (verb completed, or {@code result.completion} true)
 * @param passed       true once a statement said passed ({@code passed} or {@code result.success} true); false
 *                     when it only ever failed; empty when neither was said
 * @param score        the latest {@code result.score} (as sent)
 * @param bestScaled   the highest {@code result.score.scaled} of any attempt
 * @param progress     the latest cmi5 progress extension (0 to 100)
 * @param lastVerb     the verb of the latest statement about the lesson
 * @param lastActivity the timestamp of the latest statement about the lesson
 * @param registration the registration of the latest statement, if any (where a player keeps its state)
 */
public record LessonProgress(String lessonId, Optional<JsonNode> name, boolean completed, Optional<Boolean> passed,
        Optional<JsonNode> score, Optional<BigDecimal> bestScaled, Optional<Integer> progress, String lastVerb,
        OffsetDateTime lastActivity, Optional<UUID> registration) {
}
