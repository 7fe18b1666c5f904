package vn.hoctap.lrs.cmi5;

import static vn.hoctap.lrs.cmi5.Cmi5Vocabulary.COMPLETED;
import static vn.hoctap.lrs.cmi5.Cmi5Vocabulary.FAILED;
import static vn.hoctap.lrs.cmi5.Cmi5Vocabulary.INITIALIZED;
import static vn.hoctap.lrs.cmi5.Cmi5Vocabulary.PASSED;
import static vn.hoctap.lrs.cmi5.Cmi5Vocabulary.TERMINATED;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.statement.AgentIdentity;

/**
 * The cmi5 rules (cmi5 §7.1, §9) for statements an AU sends with the credential of its launch session: same actor,
 * registration and session id; {@code initialized} first and {@code terminated} last; no cmi5-defined verb twice in
 * a session, at most one of passed/failed; at most one completed and one passed per registration and AU, no failed
 * after passed; only initialized and terminated outside the Normal launch mode; the result rules (score, success,
 * completion, duration, progress, moveOn category, mastery score); never launched, abandoned, waived or satisfied,
 * which only the LMS issues. Pure: no database, no clock.
 *
 * <p>A statement is <em>cmi5 defined</em> when its context has the cmi5 category; otherwise it is <em>cmi5
 * allowed</em> and only the session rules apply. Order is the order of arrival (a batch in its order).
 */
public final class Cmi5StatementRules {

    /**
     * What checking one statement gave: the violations (empty when it is accepted) and the session as it is after
     * the statement (unchanged when refused).
     */
    public record Verdict(List<Violation> violations, Cmi5Session after) {
        public boolean accepted() {
            return violations.isEmpty();
        }
    }

    /**
     * Checks one statement against the session and the AU's record in the registration.
     *
     * @param path        JSON path of the statement in its request, for violations ({@code $} or {@code $[2]})
     * @param session     the session as it is before the statement
     * @param earlier     what other sessions of the same registration and AU achieved
     * @param statement   the statement (already valid xAPI)
     * @param arrivedAt   when it arrived (becomes the session's last statement time)
     */
    public Verdict check(String path, Cmi5Session session, AuRecord earlier, JsonNode statement,
            OffsetDateTime arrivedAt) {
        List<Violation> v = new ArrayList<>();
        String verb = statement.path("verb").path("id").asText();
        JsonNode context = statement.path("context");
        JsonNode result = statement.path("result");

        if (!AgentIdentity.of(statement.get("actor")).map(session.actorIfi()::equals).orElse(false)) {
            v.add(new Violation(path + ".actor", "must be the launched learner (the actor of the launch URL)"));
        }
        if (!session.registration().toString().equalsIgnoreCase(context.path("registration").asText())) {
            v.add(new Violation(path + ".context.registration", "must be the registration of the launch: "
                    + session.registration()));
        }
        if (!session.sessionId().toString().equals(context.path("extensions").path(Cmi5Vocabulary.SESSION_ID).asText())) {
            v.add(new Violation(path + ".context.extensions", "must hold the session id of LMS.LaunchData's"
                    + " contextTemplate under " + Cmi5Vocabulary.SESSION_ID + ": " + session.sessionId()));
        }
        if (!statement.hasNonNull("timestamp")) {
            v.add(new Violation(path + ".timestamp", "is required in cmi5 statements (cmi5 9.7)"));
        }
        if (Cmi5Vocabulary.LMS_VERBS.contains(verb)) {
            v.add(new Violation(path + ".verb.id", "only the LMS issues " + Cmi5Vocabulary.shortName(verb)
                    + " statements"));
            return new Verdict(List.copyOf(v), session);
        }
        boolean defined = hasCategory(context, Cmi5Vocabulary.CATEGORY_CMI5);
        boolean moveOnCategory = hasCategory(context, Cmi5Vocabulary.CATEGORY_MOVE_ON);
        if (session.initializedAt().isEmpty() && !(defined && INITIALIZED.equals(verb))) {
            v.add(new Violation(path + ".verb.id", "the first statement of a cmi5 session must be a cmi5-defined"
                    + " initialized statement"));
        }
        Set<String> verbs = new HashSet<>(session.definedVerbs());
        boolean completed = session.completed();
        boolean passed = session.passed();
        boolean failed = session.failed();
        if (defined) {
            checkDefined(path, session, earlier, statement, verb, context, result, moveOnCategory, v);
            verbs.add(verb);
            completed |= COMPLETED.equals(verb);
            passed |= PASSED.equals(verb);
            failed |= FAILED.equals(verb);
        } else if (moveOnCategory) {
            v.add(new Violation(path + ".context.contextActivities.category", "the moveOn category is only for"
                    + " cmi5-defined statements with result.success or result.completion"));
        }
        if (!v.isEmpty()) {
            return new Verdict(List.copyOf(v), session);
        }
        Optional<OffsetDateTime> initialized = defined && INITIALIZED.equals(verb) ? Optional.of(arrivedAt)
                : session.initializedAt();
        Optional<OffsetDateTime> terminated = defined && TERMINATED.equals(verb) ? Optional.of(arrivedAt)
                : session.terminatedAt();
        return new Verdict(List.of(), session.with(initialized, terminated, Optional.of(arrivedAt), verbs, completed,
                passed, failed));
    }

    private static void checkDefined(String path, Cmi5Session session, AuRecord earlier, JsonNode statement,
            String verb, JsonNode context, JsonNode result, boolean moveOnCategory, List<Violation> v) {
        String verbPath = path + ".verb.id";
        if (!Cmi5Vocabulary.AU_VERBS.contains(verb)) {
            v.add(new Violation(verbPath, "a statement with the cmi5 category must use a cmi5 verb (initialized,"
                    + " completed, passed, failed, terminated); send other verbs without the category"));
            return;
        }
        String name = Cmi5Vocabulary.shortName(verb);
        if (!session.activityId().equals(statement.path("object").path("id").asText())) {
            v.add(new Violation(path + ".object.id", "must be the activityId of the launch URL: " + session.activityId()));
        }
        if (!hasActivity(context.path("contextActivities").path("grouping"), session.publisherId())) {
            v.add(new Violation(path + ".context.contextActivities.grouping", "must hold the AU's publisher id "
                    + session.publisherId() + " (from LMS.LaunchData's contextTemplate)"));
        }
        if (session.definedVerbs().contains(verb)) {
            v.add(new Violation(verbPath, name + " was already sent in this session"));
        }
        if ((PASSED.equals(verb) || FAILED.equals(verb)) && (session.passed() || session.failed())) {
            v.add(new Violation(verbPath, "a session has at most one passed or failed statement"));
        }
        if (!"Normal".equals(session.launchMode()) && Set.of(COMPLETED, PASSED, FAILED).contains(verb)) {
            v.add(new Violation(verbPath, "in " + session.launchMode() + " launch mode an AU sends only initialized"
                    + " and terminated"));
        }
        if (COMPLETED.equals(verb) && earlier.completed()) {
            v.add(new Violation(verbPath, "the AU was already completed in this registration"));
        }
        if (PASSED.equals(verb) && earlier.passed()) {
            v.add(new Violation(verbPath, "the AU was already passed in this registration"));
        }
        if (FAILED.equals(verb) && earlier.passed()) {
            v.add(new Violation(verbPath, "the AU was already passed in this registration: failed cannot follow"));
        }
        checkResult(path, session, verb, context, result, moveOnCategory, v);
    }

    private static void checkResult(String path, Cmi5Session session, String verb, JsonNode context,
            JsonNode result, boolean moveOnCategory, List<Violation> v) {
        String name = Cmi5Vocabulary.shortName(verb);
        boolean judged = PASSED.equals(verb) || FAILED.equals(verb);
        JsonNode score = result.path("score");
        if (result.has("score")) {
            if (!judged) {
                v.add(new Violation(path + ".result.score", "only passed and failed statements carry a score"));
            } else {
                if (score.has("raw") && !(score.has("min") && score.has("max"))) {
                    v.add(new Violation(path + ".result.score", "a raw score needs min and max"));
                }
                if (score.has("scaled") && session.masteryScore().isPresent()) {
                    BigDecimal scaled = score.get("scaled").decimalValue();
                    BigDecimal mastery = session.masteryScore().get();
                    if (PASSED.equals(verb) && scaled.compareTo(mastery) < 0) {
                        v.add(new Violation(path + ".result.score.scaled", "a passed score must be at least the"
                                + " masteryScore " + mastery.toPlainString()));
                    }
                    if (FAILED.equals(verb) && scaled.compareTo(mastery) >= 0) {
                        v.add(new Violation(path + ".result.score.scaled", "a failed score must be below the"
                                + " masteryScore " + mastery.toPlainString()));
                    }
                }
            }
        }
        if (judged && session.masteryScore().isPresent()
                && !context.path("extensions").has(Cmi5Vocabulary.MASTERY_SCORE)) {
            v.add(new Violation(path + ".context.extensions", name + " must carry the masteryScore of the launch"
                    + " data under " + Cmi5Vocabulary.MASTERY_SCORE));
        }
        JsonNode success = result.get("success");
        if (PASSED.equals(verb) && (success == null || !success.asBoolean())) {
            v.add(new Violation(path + ".result.success", "must be true in a passed statement"));
        } else if (FAILED.equals(verb) && (success == null || success.asBoolean())) {
            v.add(new Violation(path + ".result.success", "must be false in a failed statement"));
        } else if (!judged && success != null) {
            v.add(new Violation(path + ".result.success", "only passed and failed statements carry success"));
        }
        JsonNode completion = result.get("completion");
        if (COMPLETED.equals(verb) && (completion == null || !completion.asBoolean())) {
            v.add(new Violation(path + ".result.completion", "must be true in a completed statement"));
        } else if (!COMPLETED.equals(verb) && completion != null) {
            v.add(new Violation(path + ".result.completion", "only completed statements carry completion"));
        }
        if (!INITIALIZED.equals(verb) && !result.hasNonNull("duration")) {
            v.add(new Violation(path + ".result.duration", "is required in " + name + " statements"));
        }
        if (COMPLETED.equals(verb) && result.path("extensions").has(Cmi5Vocabulary.PROGRESS)) {
            v.add(new Violation(path + ".result.extensions", "a completed statement carries no progress"));
        }
        boolean needsMoveOn = success != null || completion != null;
        if (needsMoveOn != moveOnCategory) {
            v.add(new Violation(path + ".context.contextActivities.category", needsMoveOn
                    ? "must hold the moveOn category " + Cmi5Vocabulary.CATEGORY_MOVE_ON + " (the result has success or completion)"
                    : "the moveOn category is only for statements whose result has success or completion"));
        }
    }

    private static boolean hasCategory(JsonNode context, String id) {
        return hasActivity(context.path("contextActivities").path("category"), id);
    }

    private static boolean hasActivity(JsonNode activities, String id) {
        if (activities.isObject()) {
            return id.equals(activities.path("id").asText());
        }
        for (JsonNode activity : activities) {
            if (id.equals(activity.path("id").asText())) {
                return true;
            }
        }
        return false;
    }
}
