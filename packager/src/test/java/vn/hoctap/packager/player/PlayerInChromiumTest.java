package vn.hoctap.packager.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.packager.SampleCourse;
import vn.hoctap.packager.TestMedia;
import vn.hoctap.packager.build.PackageBuilder;
import vn.hoctap.packager.build.PackageFormat;
import vn.hoctap.packager.build.PackageVariant;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.DirectoryPackageFiles;

/**
 * The player of built packages in a real headless Chromium, served by a local HTTP server with a recording LRS or
 * an in-page SCORM 1.2 runtime.
 */
class PlayerInChromiumTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ACTOR = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://hoctap.vn\",\"name\":\"learner-1\"}}";
    private static final String LESSON_IRI = SampleCourse.IRI + "/lessons/bai-1";

    @TempDir
    static Path media;
    private static CourseContent course;

    private Chromium chromium;
    private TestSite site;

    @BeforeAll
    static void writeMedia() throws Exception {
        Chromium.executable();
        SampleCourse.writeImages(media);
        SampleCourse.writeCaptions(media);
        TestMedia.video(media.resolve("video/intro/360p.mp4"), 320, 180, 15, 200, 32, 6);
        // the low-bandwidth packages' video as the media pipeline itself writes it (416x234, 15 fps, mono AAC)
        Path pipeline = TestMedia.pipelineRenditions(media.resolve("pipeline"), "640x360", 0, 6).outputDirectory();
        Files.createDirectories(media.resolve("video/intro"));
        Files.copy(pipeline.resolve("video-low.mp4"), media.resolve("video/intro/low.mp4"));
        TestMedia.audio(media.resolve("video/intro/audio.m4a"), 24, 6);
        TestMedia.audio(media.resolve("audio/narration-1.m4a"), 24, 3);
        course = SampleCourse.course(1, 6, 3);
    }

    private byte[] build(PackageFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageBuilder(new DirectoryPackageFiles(media)).write(course, format, PackageVariant.FULL, out);
        return out.toByteArray();
    }

    private void open(PackageFormat format) throws Exception {
        site = new TestSite(build(format));
        chromium = Chromium.start();
    }

    @AfterEach
    void close() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void a_cmi5_launch_pages_through_slides_plays_video_answers_the_quiz_and_reports_under_the_cmi5_rules()
            throws Exception {
        open(PackageFormat.CMI5);
        String registration = UUID.randomUUID().toString();
        String sessionId = UUID.randomUUID().toString();
        String activityId = "https://lms.hoctap.vn/activities/" + UUID.randomUUID();
        site.launchData = "{\"contextTemplate\":{\"contextActivities\":{\"grouping\":[{\"id\":\"" + LESSON_IRI + "\"}]},"
                + "\"extensions\":{\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"" + sessionId + "\"}},"
                + "\"launchMode\":\"Normal\",\"moveOn\":\"CompletedAndPassed\",\"masteryScore\":0.75,"
                + "\"returnURL\":\"" + site.base() + "/returned\"}";
        site.preferences = "{\"languagePreference\":\"km-KH,en-US\",\"audioPreference\":\"on\"}";
        site.pages.put("/returned", "<!DOCTYPE html><title>LMS</title><p id=\"returned\">back in the LMS</p>");
        chromium.navigate(site.base() + "/pkg/index.html?lesson=bai-1&endpoint=" + enc(site.base() + "/xapi/")
                + "&fetch=" + enc(site.base() + "/fetch") + "&actor=" + enc(ACTOR) + "&registration=" + registration
                + "&activityId=" + enc(activityId));
        chromium.waitFor("window.HocTapPlayer && HocTapPlayer.state.ready && document.getElementById('slide-image')", WAIT);
        assertThat(chromium.eval("document.documentElement.lang").asText()).isEqualTo("km");
        assertThat(chromium.eval("document.getElementById('next-slide').textContent").asText()).isEqualTo("ស្លាយបន្ទាប់");

        chromium.click("#next-slide");
        chromium.click("#next-slide");
        assertThat(chromium.eval("document.getElementById('slide-counter').textContent").asText()).contains("3/3");
        assertThat(chromium.eval("document.getElementById('next-slide').disabled").asBoolean()).isTrue();
        chromium.click("#toggle-notes");
        assertThat(chromium.eval("document.getElementById('notes').hidden").asBoolean()).isFalse();
        assertThat(chromium.eval("document.getElementById('toggle-notes').getAttribute('aria-expanded')").asText())
                .isEqualTo("true");
        assertThat(chromium.eval("document.getElementById('notes').textContent").asText()).isEqualTo("Ghi chú 3");

        chromium.click("#next-part");
        chromium.waitFor("document.querySelector('video') && document.querySelector('video').readyState >= 1", WAIT);
        assertThat(chromium.eval("document.querySelectorAll('video track').length").asInt()).isEqualTo(2);
        chromium.eval("document.querySelector('video').play()");
        chromium.waitFor("document.querySelector('video').currentTime > 1.5", WAIT);
        chromium.eval("document.querySelector('video').pause()");
        chromium.eval("new Promise(function(r){var v=document.querySelector('video'); v.addEventListener('seeked', r, {once:true}); v.currentTime = 1;})");
        chromium.eval("document.querySelector('video').play()");
        chromium.waitFor("document.querySelector('video').ended", WAIT);

        chromium.click("#next-part");
        chromium.click("#next-part");
        chromium.waitFor("document.getElementById('quiz-quiz')", WAIT);
        chromium.click("#choice-q1-stop");
        chromium.click("#choice-q2-helmet");
        chromium.click("#choice-q2-licence");
        chromium.click("#choice-q3-true");
        chromium.click("#submit-quiz");
        assertThat(chromium.eval("document.getElementById('feedback-q3').textContent").asText()).startsWith("មិនត្រឹមត្រូវ");
        assertThat(chromium.eval("document.getElementById('score-quiz').textContent").asText()).contains("75%");
        chromium.click("#finish");
        chromium.waitFor("location.pathname === '/returned'", WAIT);

        List<String> verbs = site.verbs();
        assertThat(verbs).first().isEqualTo("initialized");
        assertThat(verbs).last().isEqualTo("terminated");
        assertThat(verbs).containsSubsequence("initialized", "initialized", "played", "paused", "seeked", "played",
                "completed", "terminated", "answered", "answered", "answered", "completed", "passed", "terminated");
        assertThat(site.fetchCalls).isEqualTo(1);
        assertThat(site.received).doesNotHaveDuplicates();

        for (JsonNode statement : site.statements) {
            JsonNode context = statement.path("context");
            assertThat(context.path("registration").asText()).isEqualTo(registration);
            assertThat(context.path("extensions").path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText())
                    .isEqualTo(sessionId);
            assertThat(context.path("contextActivities").path("grouping").toString()).contains(LESSON_IRI);
            assertThat(statement.path("timestamp").asText()).endsWith("Z");
            assertThat(statement.path("actor").toString()).contains("learner-1");
        }
        JsonNode first = site.statements.get(0);
        assertThat(first.path("object").path("id").asText()).isEqualTo(activityId);
        assertThat(first.path("context").path("contextActivities").path("category").toString())
                .contains("https://w3id.org/xapi/cmi5/context/categories/cmi5");
        JsonNode passed = byVerb("passed");
        assertThat(passed.path("result").path("score").path("scaled").asDouble()).isEqualTo(0.75);
        assertThat(passed.path("result").path("success").asBoolean()).isTrue();
        assertThat(passed.path("result").path("duration").asText()).startsWith("PT");
        assertThat(passed.path("context").path("extensions")
                .path("https://w3id.org/xapi/cmi5/context/extensions/masteryscore").asDouble()).isEqualTo(0.75);
        assertThat(passed.path("context").path("contextActivities").path("category").toString())
                .contains("https://w3id.org/xapi/cmi5/context/categories/moveon");
        JsonNode completed = lessonStatement("completed", activityId);
        assertThat(completed.path("result").path("completion").asBoolean()).isTrue();
        assertThat(completed.path("result").has("score")).isFalse();

        JsonNode answered = byVerb("answered");
        assertThat(answered.path("object").path("id").asText()).isEqualTo(LESSON_IRI + "/blocks/quiz/questions/q1");
        assertThat(answered.path("object").path("definition").path("interactionType").asText()).isEqualTo("choice");
        assertThat(answered.path("object").path("definition").path("correctResponsesPattern").get(0).asText())
                .isEqualTo("stop");
        assertThat(answered.path("result").path("response").asText()).isEqualTo("stop");
        assertThat(answered.path("context").path("contextActivities").path("category").toString())
                .doesNotContain("cmi5/context/categories/cmi5");

        String video = LESSON_IRI + "/blocks/intro-video";
        JsonNode paused = site.statements.stream().filter(s -> s.path("verb").path("id").asText().endsWith("/paused"))
                .findFirst().orElseThrow();
        assertThat(paused.path("object").path("id").asText()).isEqualTo(video);
        assertThat(paused.path("object").path("definition").path("type").asText())
                .isEqualTo("https://w3id.org/xapi/video/activity-type/video");
        JsonNode ext = paused.path("result").path("extensions");
        assertThat(ext.has("https://w3id.org/xapi/video/extensions/time")).isTrue();
        assertThat(ext.has("https://w3id.org/xapi/video/extensions/progress")).isTrue();
        assertThat(ext.path("https://w3id.org/xapi/video/extensions/played-segments").asText()).startsWith("0.000[.]");
        assertThat(paused.path("context").path("extensions").path("https://w3id.org/xapi/video/extensions/length")
                .asDouble()).isBetween(5.5, 6.5);
        assertThat(paused.path("context").path("contextActivities").path("category").toString())
                .contains("https://w3id.org/xapi/video");
        JsonNode videoInitialized = site.statements.stream()
                .filter(s -> s.path("verb").path("id").asText().endsWith("/initialized")
                        && s.path("object").path("id").asText().equals(video)).findFirst().orElseThrow();
        assertThat(paused.path("context").path("extensions").path("https://w3id.org/xapi/video/extensions/session-id")
                .asText()).isEqualTo(videoInitialized.path("id").asText());
        assertThat(videoInitialized.path("context").path("extensions")
                .path("https://w3id.org/xapi/video/extensions/session-id").asText())
                .isEqualTo(videoInitialized.path("id").asText());
        JsonNode seeked = byVerb("seeked");
        assertThat(seeked.path("result").path("extensions").path("https://w3id.org/xapi/video/extensions/time-to")
                .asDouble()).isEqualTo(1.0);
        JsonNode videoCompleted = site.statements.stream()
                .filter(s -> s.path("verb").path("id").asText().endsWith("/completed")
                        && s.path("object").path("id").asText().equals(video)).findFirst().orElseThrow();
        assertThat(videoCompleted.path("result").path("extensions")
                .path("https://w3id.org/xapi/video/extensions/progress").asDouble()).isEqualTo(1.0);

        assertThat(chromium.requestedUrls).allSatisfy(url ->
                assertThat(url).matches("^(" + java.util.regex.Pattern.quote(site.base()) + "/|data:|blob:).*"));
        assertThat(site.requests).noneMatch(r -> r.startsWith("PUT") && r.contains("LMS.LaunchData"));
    }

    private JsonNode byVerb(String verb) {
        return site.statements.stream().filter(s -> s.path("verb").path("id").asText().endsWith("/" + verb))
                .findFirst().orElseThrow(() -> new AssertionError("no " + verb + " in " + site.verbs()));
    }

    private JsonNode lessonStatement(String verb, String activityId) {
        return site.statements.stream().filter(s -> s.path("verb").path("id").asText().endsWith("/" + verb)
                && s.path("object").path("id").asText().equals(activityId)).findFirst().orElseThrow();
    }

    @Test
    void a_scorm_12_package_reports_status_score_interactions_and_session_time_to_the_runtime() throws Exception {
        open(PackageFormat.SCORM_12);
        site.pages.put("/lms.html", Files.readString(Path.of("src/test/resources/scorm12-runtime.html")));
        chromium.navigate(site.base() + "/lms.html");
        String frame = "document.getElementById('sco').contentWindow";
        chromium.waitFor(frame + ".HocTapPlayer && " + frame + ".HocTapPlayer.state.ready && "
                + frame + ".document.getElementById('slide-image')", WAIT);
        clickIn(frame, "#next-slide");
        clickIn(frame, "#next-slide");
        clickIn(frame, "#next-part");
        clickIn(frame, "#next-part");
        clickIn(frame, "#next-part");
        chromium.waitFor(frame + ".document.getElementById('quiz-quiz')", WAIT);
        clickIn(frame, "#choice-q1-stop");
        clickIn(frame, "#choice-q2-helmet");
        clickIn(frame, "#choice-q3-false");
        clickIn(frame, "#submit-quiz");
        clickIn(frame, "#finish");
        chromium.waitFor("window.calls.some(function(c){return c[0]==='LMSFinish';})", WAIT);

        JsonNode data = chromium.eval("window.data");
        assertThat(data.path("cmi.core.lesson_status").asText()).isEqualTo("failed");
        assertThat(data.path("cmi.core.score.raw").asText()).isEqualTo("50");
        assertThat(data.path("cmi.core.score.min").asText()).isEqualTo("0");
        assertThat(data.path("cmi.core.score.max").asText()).isEqualTo("100");
        assertThat(data.path("cmi.core.session_time").asText()).matches("\\d{4}:\\d{2}:\\d{2}\\.\\d{2}");
        assertThat(data.path("cmi.suspend_data").asText()).isEqualTo("{\"block\":3}");
        assertThat(data.path("cmi.interactions.0.id").asText()).isEqualTo("q1");
        assertThat(data.path("cmi.interactions.1.result").asText()).isEqualTo("wrong");
        assertThat(data.path("cmi.interactions.2.type").asText()).isEqualTo("true-false");
        assertThat(data.path("cmi.interactions.2.student_response").asText()).isEqualTo("f");
        JsonNode calls = chromium.eval("window.calls.map(function(c){return c[0];})");
        assertThat(calls.get(0).asText()).isEqualTo("LMSInitialize");
        assertThat(calls.get(calls.size() - 1).asText()).isEqualTo("LMSFinish");
        assertThat(chromium.eval("window.calls.filter(function(c){return c[0]==='LMSSetValue' && c[1]==='cmi.core.lesson_status';}).map(function(c){return c[2];})").toString())
                .isEqualTo("[\"incomplete\",\"failed\"]");
    }

    @Test
    void a_suspended_scorm_12_attempt_resumes_at_the_saved_part_and_leaving_early_suspends_again() throws Exception {
        open(PackageFormat.SCORM_12);
        site.pages.put("/lms.html", Files.readString(Path.of("src/test/resources/scorm12-runtime.html"))
                .replace("'cmi.core.lesson_status': 'not attempted', 'cmi.core.entry': 'ab-initio', 'cmi.suspend_data': ''",
                        "'cmi.core.lesson_status': 'incomplete', 'cmi.core.entry': 'resume', 'cmi.suspend_data': '{\"block\":2}'"));
        site.pages.put("/elsewhere.html", "<!DOCTYPE html><title>elsewhere</title>");
        chromium.navigate(site.base() + "/lms.html");
        String frame = "document.getElementById('sco').contentWindow";
        chromium.waitFor(frame + ".HocTapPlayer && " + frame + ".HocTapPlayer.state.ready && "
                + frame + ".document.querySelector('main .text')", WAIT);
        assertThat(chromium.eval(frame + ".document.getElementById('part-counter').textContent").asText())
                .isEqualTo("Part 3 of 4"); // the device language (headless Chromium: en-US)
        chromium.eval("document.getElementById('sco').src = '/elsewhere.html'");
        chromium.waitFor("window.calls.some(function(c){return c[0]==='LMSFinish';})", WAIT);
        JsonNode data = chromium.eval("window.data");
        assertThat(data.path("cmi.core.exit").asText()).isEqualTo("suspend");
        assertThat(data.path("cmi.core.lesson_status").asText()).isEqualTo("incomplete");
        assertThat(data.path("cmi.core.session_time").asText()).matches("\\d{4}:\\d{2}:\\d{2}\\.\\d{2}");
    }

    @Test
    void a_scorm_2004_package_reports_completion_success_scaled_score_and_session_time() throws Exception {
        open(PackageFormat.SCORM_2004);
        site.pages.put("/lms.html", Files.readString(Path.of("src/test/resources/scorm2004-runtime.html")));
        chromium.navigate(site.base() + "/lms.html");
        String frame = "document.getElementById('sco').contentWindow";
        chromium.waitFor(frame + ".HocTapPlayer && " + frame + ".HocTapPlayer.state.ready && "
                + frame + ".document.getElementById('slide-image')", WAIT);
        for (String button : List.of("#next-slide", "#next-slide", "#next-part", "#next-part", "#next-part",
                "#choice-q1-stop", "#choice-q2-helmet", "#choice-q2-licence", "#choice-q3-true", "#submit-quiz",
                "#finish")) {
            clickIn(frame, button);
        }
        chromium.waitFor("window.calls.some(function(c){return c[0]==='Terminate';})", WAIT);

        JsonNode data = chromium.eval("window.data");
        assertThat(data.path("cmi.completion_status").asText()).isEqualTo("completed");
        // 3 of 4 points = 0.75, below the LMS's scaled passing score of 0.8 (which overrides the lesson's 0.75)
        assertThat(data.path("cmi.success_status").asText()).isEqualTo("failed");
        assertThat(data.path("cmi.score.scaled").asText()).isEqualTo("0.75");
        assertThat(data.path("cmi.score.raw").asText()).isEqualTo("3");
        assertThat(data.path("cmi.score.max").asText()).isEqualTo("4");
        assertThat(data.path("cmi.session_time").asText()).matches("PT(\\d+H)?(\\d+M)?[\\d.]+S");
        assertThat(data.path("cmi.exit").asText()).isEqualTo("normal");
        assertThat(data.path("cmi.interactions.1.learner_response").asText()).isEqualTo("helmet[,]licence");
        assertThat(data.path("cmi.interactions.1.correct_responses.0.pattern").asText()).isEqualTo("helmet[,]licence");
        assertThat(data.path("cmi.interactions.2.result").asText()).isEqualTo("incorrect");
        JsonNode calls = chromium.eval("window.calls.map(function(c){return c[0];})");
        assertThat(calls.get(0).asText()).isEqualTo("Initialize");
        assertThat(calls.get(calls.size() - 1).asText()).isEqualTo("Terminate");
    }

    @Test
    void a_cmi5_review_launch_sends_no_completion_or_success_again() throws Exception {
        open(PackageFormat.CMI5);
        String registration = UUID.randomUUID().toString();
        String activityId = "https://lms.hoctap.vn/activities/" + UUID.randomUUID();
        site.launchData = "{\"contextTemplate\":{\"contextActivities\":{\"grouping\":[{\"id\":\"" + LESSON_IRI + "\"}]},"
                + "\"extensions\":{\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"s-2\"}},"
                + "\"launchMode\":\"Review\",\"moveOn\":\"CompletedAndPassed\"}";
        site.preferences = "{\"languagePreference\":\"en-US\",\"audioPreference\":\"off\"}";
        chromium.navigate(site.base() + "/pkg/index.html?lesson=bai-1&endpoint=" + enc(site.base() + "/xapi")
                + "&fetch=" + enc(site.base() + "/fetch") + "&actor=" + enc(ACTOR) + "&registration=" + registration
                + "&activityId=" + enc(activityId) + "&lang=vi");
        chromium.waitFor("window.HocTapPlayer && HocTapPlayer.state.ready && document.getElementById('slide-image')", WAIT);
        assertThat(chromium.eval("document.documentElement.lang").asText()).isEqualTo("vi");
        chromium.click("#next-part");
        assertThat(chromium.eval("document.querySelector('video').muted").asBoolean())
                .as("audioPreference off").isTrue();
        chromium.click("#prev-part");
        for (String button : List.of("#next-slide", "#next-slide", "#next-part", "#next-part", "#next-part",
                "#choice-q1-stop", "#choice-q2-helmet", "#choice-q2-licence", "#choice-q3-false", "#submit-quiz",
                "#finish")) {
            chromium.click(button);
        }
        chromium.waitFor("HocTapPlayer.state.exited && HocTapPlayer.queue.size() === 0", WAIT);
        assertThat(site.verbs()).doesNotContain("completed", "passed", "failed");
        List<String> lessonVerbs = site.statements.stream()
                .filter(s -> s.path("object").path("id").asText().equals(activityId))
                .map(s -> s.path("verb").path("display").path("en-US").asText()).toList();
        assertThat(lessonVerbs).containsExactly("initialized", "terminated");
        assertThat(site.verbs()).first().isEqualTo("initialized");
        assertThat(site.verbs()).last().isEqualTo("terminated");
        assertThat(site.verbs()).filteredOn("answered"::equals).hasSize(3);
        assertThat(chromium.eval("location.pathname").asText()).isEqualTo("/pkg/index.html");
    }

    private void clickIn(String frame, String selector) throws Exception {
        JsonNode done = chromium.eval("(function(){var e=" + frame + ".document.querySelector('" + selector
                + "'); if(!e||e.disabled) return false; e.click(); return true;})()");
        assertThat(done.asBoolean()).as("click " + selector + " " + chromium.consoleLines).isTrue();
    }

    @Test
    void statements_made_offline_are_sent_once_when_the_device_is_back_online() throws Exception {
        open(PackageFormat.XAPI);
        chromium.navigate(site.base() + "/pkg/index.html?lesson=bai-1&endpoint=" + enc(site.base() + "/xapi")
                + "&auth=" + enc("Basic " + TestSite.TOKEN) + "&actor=" + enc(ACTOR)
                + "&registration=" + UUID.randomUUID() + "&lang=en");
        chromium.waitFor("window.HocTapPlayer && HocTapPlayer.state.ready && document.getElementById('slide-image')", WAIT);
        chromium.waitFor("HocTapPlayer.queue.size() === 0", WAIT);
        int before = site.statements.size();
        assertThat(site.verbs()).containsExactly("initialized");
        assertThat(chromium.eval("[window.innerWidth, document.documentElement.scrollWidth]").toString())
                .as("360 px wide, no horizontal scrolling").isEqualTo("[360,360]");
        chromium.eval("document.querySelector('.slides').focus()");
        chromium.key("ArrowRight");
        assertThat(chromium.eval("document.getElementById('slide-counter').textContent").asText()).isEqualTo("Slide 2 of 3");
        assertThat(chromium.eval("document.getElementById('slide-image').alt").asText()).isEqualTo("Slide 2: keep right");

        chromium.offline(true);
        chromium.waitFor("navigator.onLine === false", WAIT);
        chromium.click("#next-slide");
        chromium.click("#next-part");
        chromium.click("#next-part");
        chromium.click("#next-part");
        chromium.click("#choice-q1-stop");
        chromium.click("#choice-q2-helmet");
        chromium.click("#choice-q2-licence");
        chromium.click("#choice-q3-false");
        chromium.click("#submit-quiz");
        chromium.click("#finish");
        chromium.waitFor("HocTapPlayer.state.exited", WAIT);
        int queued = chromium.eval("HocTapPlayer.queue.size()").asInt();
        assertThat(queued).isGreaterThanOrEqualTo(6);
        assertThat(chromium.eval("document.getElementById('queue-status').textContent").asText()).contains("Offline");
        assertThat(site.statements).hasSize(before);

        chromium.offline(false);
        chromium.waitFor("HocTapPlayer.queue.size() === 0", WAIT);
        assertThat(site.statements).hasSize(before + queued);
        assertThat(site.received).doesNotHaveDuplicates();
        assertThat(new HashSet<>(site.received)).hasSize(site.statements.size());
        assertThat(site.verbs()).containsExactly("initialized", "answered", "answered", "answered", "completed",
                "passed", "terminated");
        JsonNode passed = byVerb("passed");
        assertThat(passed.path("result").path("score").path("scaled").asDouble()).isEqualTo(1.0);
        assertThat(passed.path("context").path("contextActivities").path("grouping").toString())
                .contains(SampleCourse.IRI);
    }

    @Test
    void a_batch_whose_answer_was_lost_is_sent_again_with_the_same_ids_and_stored_once() throws Exception {
        open(PackageFormat.XAPI);
        site.losePostResponses.set(1);
        chromium.navigate(site.base() + "/pkg/index.html?lesson=bai-2&endpoint=" + enc(site.base() + "/xapi/")
                + "&auth=" + enc("Basic " + TestSite.TOKEN) + "&actor=" + enc(ACTOR) + "&lang=vi");
        chromium.waitFor("window.HocTapPlayer && HocTapPlayer.state.ready && document.querySelector('figure.image img')", WAIT);
        assertThat(chromium.eval("document.querySelector('figure.image img').alt").asText()).isEqualTo("Biển dừng");
        chromium.waitFor("HocTapPlayer.queue.size() === 1", WAIT);
        assertThat(site.received).hasSize(1);
        chromium.click("#next-part");
        chromium.click("#finish");
        chromium.waitFor("HocTapPlayer.state.exited && HocTapPlayer.queue.size() === 0", WAIT);

        assertThat(site.verbs()).containsExactly("initialized", "completed", "terminated");
        assertThat(site.received).hasSize(4);
        assertThat(site.received.get(1)).isEqualTo(site.received.get(0));
        assertThat(site.statements.get(0).path("id").asText()).isEqualTo(site.received.get(0));
    }

    @Test
    void a_lesson_with_a_vietnamese_and_a_khmer_deck_launched_in_khmer_shows_and_counts_only_the_khmer_deck()
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageBuilder(new DirectoryPackageFiles(media)).write(SampleCourse.courseWithADeckPerLanguage(),
                PackageFormat.XAPI, PackageVariant.FULL, out);
        site = new TestSite(out.toByteArray());
        chromium = Chromium.start();
        chromium.navigate(site.base() + "/pkg/index.html?lesson=decks&endpoint=" + enc(site.base() + "/xapi/")
                + "&auth=" + enc("Basic " + TestSite.TOKEN) + "&actor=" + enc(ACTOR) + "&lang=km");
        chromium.waitFor("window.HocTapPlayer && HocTapPlayer.state.ready && document.getElementById('slide-image')", WAIT);
        assertThat(chromium.eval("HocTapPlayer.state.blocks.map(function (b) { return b.id; }).join(',')").asText())
                .isEqualTo("deck-km,after");
        assertThat(chromium.eval("document.getElementById('block-title').textContent").asText()).isEqualTo("បទបង្ហាញ");
        assertThat(chromium.eval("document.getElementById('slide-counter').textContent").asText()).contains("1/2");
        assertThat(chromium.eval("document.getElementById('slide-text').textContent").asText()).isEqualTo("ស្លាយ 1");

        chromium.click("#next-slide");
        assertThat(chromium.eval("document.getElementById('next-slide').disabled").asBoolean()).isTrue();
        chromium.click("#next-part");
        assertThat(chromium.eval("document.getElementById('next-part').hidden").asBoolean()).isTrue();
        chromium.click("#finish");
        chromium.waitFor("HocTapPlayer.state.exited && HocTapPlayer.queue.size() === 0", WAIT);
        assertThat(site.verbs()).containsExactly("initialized", "completed", "terminated");
    }

    @Test
    void an_unzipped_low_bandwidth_package_plays_from_the_device_storage_without_any_server() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageBuilder(new DirectoryPackageFiles(media)).write(course, PackageFormat.CMI5,
                PackageVariant.LOW_BANDWIDTH, out);
        site = new TestSite(out.toByteArray());
        chromium = Chromium.start();
        chromium.navigate(site.packageDirectory().resolve("index.html").toUri() + "?lesson=bai-1&lang=en");
        chromium.waitFor("window.HocTapPlayer && HocTapPlayer.state.ready && document.getElementById('slide-image')"
                + " && document.getElementById('slide-image').complete", WAIT);
        assertThat(chromium.eval("document.getElementById('slide-image').naturalWidth").asInt()).isEqualTo(320);
        chromium.click("#next-part");
        chromium.waitFor("document.querySelector('video') && document.querySelector('video').readyState >= 1", WAIT);
        assertThat(chromium.eval("document.querySelector('video').videoWidth").asInt()).isEqualTo(416);
        assertThat(chromium.eval("document.querySelector('video source').getAttribute('src')").asText())
                .endsWith("media/video/intro/low.mp4");
        chromium.eval("document.querySelector('video').muted = true; document.querySelector('video').play()");
        chromium.waitFor("document.querySelector('video').currentTime > 1", WAIT);
        assertThat(chromium.eval("document.querySelector('video').webkitDecodedFrameCount").asInt()).isPositive();
        assertThat(chromium.requestedUrls).allSatisfy(url -> assertThat(url).matches("^(file:|data:|blob:).*"));
    }

    @Test
    void the_tracking_modules_compute_durations_segments_languages_and_grades() throws Exception {
        open(PackageFormat.XAPI);
        chromium.navigate(site.base() + "/pkg/index.html");
        chromium.waitFor("window.HocTapPlayer && HocTapPlayer.state.ready", WAIT);
        assertThat(chromium.eval("document.querySelectorAll('.lesson-list a').length").asInt()).isEqualTo(2);
        assertThat(chromium.eval("HocTap.util.isoDuration(3723450)").asText()).isEqualTo("PT1H2M3.45S");
        assertThat(chromium.eval("HocTap.util.scorm12Time(3723450)").asText()).isEqualTo("0001:02:03.45");
        assertThat(chromium.eval("HocTap.i18n.choose(['km-KH'], ['en-US'], ['vi'])").asText()).isEqualTo("km");
        assertThat(chromium.eval("HocTap.i18n.choose([undefined, 'fr'], ['de', 'en-GB'], ['vi'])").asText()).isEqualTo("en");
        assertThat(chromium.eval("(function(){var s=new HocTap.VideoSegments(); s.add(0,2); s.add(1,3); s.add(5,6);"
                + " return [s.covered(), s.toString()];})()").toString())
                .isEqualTo("[4,\"0.000[.]2.000[,]1.000[.]3.000[,]5.000[.]6.000\"]");
        assertThat(chromium.eval("HocTap.quiz.isCorrect({choices:[{id:'a',correct:true},{id:'b',correct:true},{id:'c'}]}, ['a','b'])").asBoolean()).isTrue();
        assertThat(chromium.eval("HocTap.quiz.isCorrect({choices:[{id:'a',correct:true},{id:'b',correct:true},{id:'c'}]}, ['a'])").asBoolean()).isFalse();
        assertThat(chromium.eval("HocTap.StatementFactory.mergeContext({extensions:{x:1},contextActivities:{grouping:[{id:'g'}]}},"
                + " {extensions:{x:2,y:3},contextActivities:{grouping:[{id:'h'}],parent:[{id:'p'}]}})").toString())
                .isEqualTo("{\"extensions\":{\"x\":1,\"y\":3},\"contextActivities\":{\"grouping\":[{\"id\":\"g\"},{\"id\":\"h\"}],\"parent\":[{\"id\":\"p\"}]}}");
    }
}
