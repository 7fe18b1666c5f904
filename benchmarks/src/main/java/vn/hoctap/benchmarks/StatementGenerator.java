package vn.hoctap.benchmarks;

import java.util.Random;
import java.util.UUID;

/**
 * Realistic, varied xAPI statements of the province's learners: hundreds of pseudonymous app accounts, courses
 * with lessons and quiz questions, registrations per learner and course, results, context activities and
 * languages. Deterministic for a seed; {@link #fork()} gives an independent generator per client thread.
 */
final class StatementGenerator {

    static final int LEARNERS = 800;
    static final int COURSES = 20;
    static final int LESSONS = 8;
    static final int QUESTIONS = 5;
    private static final String[] VERBS = {
        "http://adlnet.gov/expapi/verbs/initialized", "http://adlnet.gov/expapi/verbs/experienced",
        "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/completed",
        "http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/failed",
        "http://adlnet.gov/expapi/verbs/terminated", "http://adlnet.gov/expapi/verbs/progressed"};
    private static final String HOME = "https://app.hoctap.vn";
    private static final String SITE = "https://hoctap.vn/course/";

    private final Random random;

    StatementGenerator(long seed) {
        this.random = new Random(seed);
    }

    StatementGenerator fork() {
        return new StatementGenerator(random.nextLong());
    }

    String batch(int size) {
        StringBuilder json = new StringBuilder(size * 900).append('[');
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(statement());
        }
        return json.append(']').toString();
    }

    String statement() {
        int learner = random.nextInt(LEARNERS);
        int course = random.nextInt(COURSES);
        int lesson = random.nextInt(LESSONS);
        String verb = VERBS[random.nextInt(VERBS.length)];
        boolean question = verb.endsWith("answered");
        String lessonId = SITE + course + "/lesson/" + lesson;
        String objectId = question ? lessonId + "/question/" + random.nextInt(QUESTIONS) : lessonId;
        String language = random.nextInt(3) == 0 ? "km" : "vi";
        StringBuilder s = new StringBuilder(900);
        s.append("{\"id\":\"").append(new UUID(random.nextLong(), random.nextLong())).append('"');
        s.append(",\"actor\":").append(actor(learner));
        s.append(",\"verb\":{\"id\":\"").append(verb).append("\",\"display\":{\"en-US\":\"")
                .append(verb.substring(verb.lastIndexOf('/') + 1)).append("\"}}");
        s.append(",\"object\":{\"objectType\":\"Activity\",\"id\":\"").append(objectId).append("\",\"definition\":{")
                .append("\"name\":{\"vi\":\"Bài ").append(lesson + 1).append("\",\"km\":\"មេរៀនទី").append(lesson + 1)
                .append("\"},\"type\":\"http://adlnet.gov/expapi/activities/")
                .append(question ? "cmi.interaction\",\"interactionType\":\"choice\"" : "lesson\"").append("}}");
        if (question || verb.endsWith("passed") || verb.endsWith("failed") || verb.endsWith("completed")) {
            int raw = random.nextInt(11);
            s.append(",\"result\":{\"score\":{\"scaled\":").append(raw / 10.0).append(",\"raw\":").append(raw)
                    .append(",\"min\":0,\"max\":10},\"success\":").append(raw >= 7).append(",\"completion\":true")
                    .append(",\"duration\":\"PT").append(30 + random.nextInt(600)).append("S\"}");
        }
        s.append(",\"context\":{\"registration\":\"").append(registration(learner, course)).append('"')
                .append(",\"contextActivities\":{\"parent\":[{\"id\":\"").append(lessonId).append("\"}],")
                .append("\"grouping\":[{\"id\":\"").append(SITE).append(course).append("\"}],")
                .append("\"category\":[{\"id\":\"https://w3id.org/xapi/cmi5/context/categories/moveon\"}]},")
                .append("\"platform\":\"Hoctap Android\",\"language\":\"").append(language).append("\"}");
        s.append(",\"timestamp\":\"").append(java.time.Instant.now()).append("\"}");
        return s.toString();
    }

    private static String actor(int learner) {
        return "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"learner-"
                + Integer.toHexString(0x10000 + learner * 7919) + "\"}}";
    }

    static String registration(int learner, int course) {
        return UUID.nameUUIDFromBytes(("reg-" + learner + "-" + course).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    String randomActor() {
        return actor(random.nextInt(LEARNERS));
    }

    String randomVerb() {
        return VERBS[random.nextInt(VERBS.length)];
    }

    String randomCourse() {
        return SITE + random.nextInt(COURSES);
    }

    String randomRegistration() {
        return registration(random.nextInt(LEARNERS), random.nextInt(COURSES));
    }
}
