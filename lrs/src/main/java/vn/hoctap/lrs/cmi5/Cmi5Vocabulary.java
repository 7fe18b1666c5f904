package vn.hoctap.lrs.cmi5;

import java.util.Set;

/** The IRIs of the cmi5 specification (verbs, context activities, extensions) that the LRS and the LMS use. */
public final class Cmi5Vocabulary {

    public static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    public static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";
    public static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    public static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";

    /** The verbs an AU may use in cmi5-defined statements. */
    public static final Set<String> AU_VERBS = Set.of(INITIALIZED, COMPLETED, PASSED, FAILED, TERMINATED);
    /** The verbs only the LMS issues. */
    public static final Set<String> LMS_VERBS = Set.of(LAUNCHED, ABANDONED, WAIVED, SATISFIED);

    public static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String CATEGORY_MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

    public static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    public static final String LAUNCH_MODE = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";
    public static final String LAUNCH_URL = "https://w3id.org/xapi/cmi5/context/extensions/launchurl";
    public static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/extensions/moveon";
    public static final String LAUNCH_PARAMETERS = "https://w3id.org/xapi/cmi5/context/extensions/launchparameters";
    public static final String PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress";
    public static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";

    public static final String ACTIVITY_TYPE_COURSE = "https://w3id.org/xapi/cmi5/activitytype/course";
    public static final String ACTIVITY_TYPE_BLOCK = "https://w3id.org/xapi/cmi5/activitytype/block";

    /** The State document the LMS writes before a launch and the AU must never change. */
    public static final String LAUNCH_DATA = "LMS.LaunchData";
    /** The Agent Profile document of the learner's preferences. */
    public static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

    private Cmi5Vocabulary() {
    }

    /** The short name of a cmi5 verb IRI ({@code passed}), or the IRI itself for any other verb. */
    public static String shortName(String verbId) {
        int slash = verbId.lastIndexOf('/');
        return (AU_VERBS.contains(verbId) || LMS_VERBS.contains(verbId)) ? verbId.substring(slash + 1) : verbId;
    }
}
