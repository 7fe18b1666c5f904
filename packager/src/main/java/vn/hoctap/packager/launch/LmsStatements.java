package vn.hoctap.packager.launch;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.lrs.cmi5.Cmi5Vocabulary;

/**
 * The statements the LMS issues (cmi5 §9.3): launched, abandoned, waived and satisfied, each with the registration,
 * the cmi5 category, the session id and the publisher id grouping, plus what each verb requires.
 */
final class LmsStatements {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LmsStatements() {
    }

    /** The launched statement (§9.3.1, §9.6.3): launch mode, launch URL, moveOn, and masteryScore / launchParameters. */
    static ObjectNode launched(Cmi5Course course, AssignableUnit au, JsonNode actor, UUID registration, UUID session,
            String launchMode, String launchUrl, OffsetDateTime at) {
        ObjectNode statement = base(actor, Cmi5Vocabulary.LAUNCHED, "launched", course.auActivityId(au.index()),
                registration, session, au.publisherId(), at);
        ObjectNode extensions = (ObjectNode) statement.get("context").get("extensions");
        extensions.put(Cmi5Vocabulary.LAUNCH_MODE, launchMode);
        extensions.put(Cmi5Vocabulary.LAUNCH_URL, launchUrl);
        extensions.put(Cmi5Vocabulary.MOVE_ON, au.moveOn().name());
        au.masteryScore().ifPresent(score -> extensions.put(Cmi5Vocabulary.MASTERY_SCORE, score));
        au.launchParameters().ifPresent(parameters -> extensions.put(Cmi5Vocabulary.LAUNCH_PARAMETERS, parameters));
        return statement;
    }

    /** The abandoned statement (§9.3.6): duration from launch to the session's last statement. */
    static ObjectNode abandoned(Cmi5Course course, AssignableUnit au, JsonNode actor, UUID registration, UUID session,
            Duration duration, OffsetDateTime at) {
        ObjectNode statement = base(actor, Cmi5Vocabulary.ABANDONED, "abandoned", course.auActivityId(au.index()),
                registration, session, au.publisherId(), at);
        statement.putObject("result").put("duration", duration.isNegative() ? "PT0S" : duration.toString());
        return statement;
    }

    /** The waived statement (§9.3.7): success and completion true, the reason, the moveOn category. */
    static ObjectNode waived(Cmi5Course course, AssignableUnit au, JsonNode actor, UUID registration, UUID session,
            String reason, OffsetDateTime at) {
        ObjectNode statement = base(actor, Cmi5Vocabulary.WAIVED, "waived", course.auActivityId(au.index()),
                registration, session, au.publisherId(), at);
        ObjectNode result = statement.putObject("result").put("success", true).put("completion", true);
        result.putObject("extensions").put(Cmi5Vocabulary.REASON, reason);
        ((ObjectNode) statement.get("context").get("contextActivities")).withArray("category").addObject()
                .put("id", Cmi5Vocabulary.CATEGORY_MOVE_ON);
        return statement;
    }

    /** The satisfied statement (§9.3.9) about the course or one block: its LMS id and activity type. */
    static ObjectNode satisfied(JsonNode actor, UUID registration, UUID session, String objectId, String objectType,
            String publisherId, OffsetDateTime at) {
        ObjectNode statement = base(actor, Cmi5Vocabulary.SATISFIED, "satisfied", objectId, registration, session,
                publisherId, at);
        ((ObjectNode) statement.get("object")).putObject("definition").put("type", objectType);
        return statement;
    }

    private static ObjectNode base(JsonNode actor, String verb, String display, String objectId, UUID registration,
            UUID session, String publisherId, OffsetDateTime at) {
        ObjectNode statement = NODES.objectNode();
        statement.put("id", UUID.randomUUID().toString());
        statement.set("actor", actor.deepCopy());
        statement.putObject("verb").put("id", verb).putObject("display").put("en-US", display);
        statement.putObject("object").put("objectType", "Activity").put("id", objectId);
        ObjectNode context = statement.putObject("context");
        context.put("registration", registration.toString());
        ObjectNode activities = context.putObject("contextActivities");
        activities.putArray("category").addObject().put("id", Cmi5Vocabulary.CATEGORY_CMI5);
        activities.putArray("grouping").addObject().put("id", publisherId);
        context.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, session.toString());
        statement.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(at));
        return statement;
    }

    /** The contextTemplate of LMS.LaunchData: the session id and the publisher id grouping. */
    static ObjectNode contextTemplate(AssignableUnit au, UUID session) {
        ObjectNode context = NODES.objectNode();
        context.putObject("contextActivities").putArray("grouping").addObject().put("id", au.publisherId());
        context.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, session.toString());
        return context;
    }

    /** The LMS.LaunchData document (cmi5 §10). */
    static ObjectNode launchData(AssignableUnit au, UUID session, String launchMode, String returnUrl) {
        ObjectNode data = NODES.objectNode();
        data.set("contextTemplate", contextTemplate(au, session));
        data.put("launchMode", launchMode);
        data.put("launchMethod", au.launchMethod().name());
        data.put("moveOn", au.moveOn().name());
        au.masteryScore().map(BigDecimal::stripTrailingZeros).ifPresent(score -> data.put("masteryScore", score));
        au.launchParameters().ifPresent(parameters -> data.put("launchParameters", parameters));
        au.entitlementKey().ifPresent(key -> data.putObject("entitlementKey").put("courseStructure", key));
        if (returnUrl != null) {
            data.put("returnURL", returnUrl);
        }
        return data;
    }
}
