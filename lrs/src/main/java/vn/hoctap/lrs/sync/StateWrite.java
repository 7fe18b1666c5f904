package vn.hoctap.lrs.sync;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A state document the app's player wrote offline for the learner, such as the resume point of a lesson (stateId
 * {@code resume}): stored as the xAPI State of the activity, the learner's pseudonymous agent and the registration.
 *
 * @param activityId   the activity (a lesson's IRI)
 * @param registration the registration (a UUID), if the player had one
 * @param stateId      the document id
 * @param document     the document: any JSON value, stored as application/json
 */
public record StateWrite(String activityId, Optional<String> registration, String stateId, JsonNode document) {
}
