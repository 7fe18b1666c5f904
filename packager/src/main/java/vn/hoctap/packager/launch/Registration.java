package vn.hoctap.packager.launch;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** One learner's enrolment in a cmi5 course: its id is the cmi5 registration. */
public record Registration(UUID id, UUID courseId, String actorIfi, JsonNode actor, OffsetDateTime createdAt) {
}
