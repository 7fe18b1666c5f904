package vn.hoctap.server.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.hoctap.authoring.access.Actor;
import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.course.Course;
import vn.hoctap.authoring.course.CourseDetails;
import vn.hoctap.authoring.course.CourseDrafts;
import vn.hoctap.authoring.lesson.Lesson;
import vn.hoctap.authoring.lesson.LessonDetails;
import vn.hoctap.authoring.publishing.Publishing;
import vn.hoctap.authoring.publishing.VersionSummary;
import vn.hoctap.authoring.quiz.Choice;
import vn.hoctap.authoring.quiz.Question;
import vn.hoctap.authoring.quiz.QuestionKind;
import vn.hoctap.authoring.review.ReviewDecision;
import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.asset.MediaIntake;
import vn.hoctap.media.captions.AssetCaptions;
import vn.hoctap.media.process.MediaProcessException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Turns a generated sample-course directory ({@code course.json}, {@code manifest.json} and the media, see the
 * {@code samples} module and ADR 24) into a published course, unless it is there already:
 * <ol>
 *   <li>a course tagged {@value #MARKER_TAG} with the same title that has a published version: nothing to do; one
 *       without a version (an import interrupted earlier) is deleted and imported again;</li>
 *   <li>every deck, video and the cover go through the media pipeline's intake (the same bytes are one asset: a
 *       second import uploads nothing new); a file the pipeline refuses is left out with a log line (a deck or
 *       video stops the import);</li>
 *   <li>it waits until every accepted asset is {@code READY} (or {@code FAILED}: that one is left out, a failed
 *       deck or video stops the import);</li>
 *   <li>the WebVTT captions of each video ({@code <file>.<language>.vtt}) are attached to its ready asset
 *       through the pipeline's {@link AssetCaptions} (as {@code PUT /api/media/{id}/captions/{lang}} does), so the
 *       published video carries them in its manifest and HLS master playlist; a caption file refused is logged
 *       and left out;</li>
 *   <li>it creates the course with its cover, its lessons and blocks (one slides block per deck language, the
 *       video, rich text, quizzes), submits it, approves it and publishes version 1, all as {@code actor}.</li>
 * </ol>
 * Each step goes through the authoring services, so every rule an author meets applies to the sample too.
 */
public final class SampleCourseImport {

    /** The tag that marks the course the platform loaded itself. */
    public static final String MARKER_TAG = "hoctap-sample";

    private static final Logger LOG = Logger.getLogger(SampleCourseImport.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, QuestionKind> KINDS = Map.of("single", QuestionKind.SINGLE_CHOICE,
            "multiple", QuestionKind.MULTIPLE_CHOICE, "true_false", QuestionKind.TRUE_FALSE);

    private final CourseDrafts drafts;
    private final Publishing publishing;
    private final MediaIntake intake;
    private final AssetCaptions captions;
    private final Function<UUID, Optional<MediaAsset>> assets;
    private final Actor actor;
    private final Duration pollInterval;
    private final Duration patience;

    /**
     * @param assets       reads an asset's current state
     * @param actor        who creates, reviews and publishes the course (an administrator)
     * @param pollInterval how often asset states are read while waiting
     * @param patience     how long to wait for the media pipeline before giving up
     */
    public SampleCourseImport(CourseDrafts drafts, Publishing publishing, MediaIntake intake, AssetCaptions captions,
                              Function<UUID, Optional<MediaAsset>> assets, Actor actor, Duration pollInterval,
                              Duration patience) {
        this.drafts = drafts;
        this.publishing = publishing;
        this.intake = intake;
        this.captions = captions;
        this.assets = assets;
        this.actor = actor;
        this.pollInterval = pollInterval;
        this.patience = patience;
    }

    /** What an import did. */
    public enum Outcome { ALREADY_PUBLISHED, PUBLISHED }

    /**
     * Imports and publishes the course of {@code directory}.
     *
     * @throws SampleImportException if the directory is incomplete, an asset fails or is not ready in time, or
     *                               the authoring services refuse a step (the message says which)
     */
    public Outcome importFrom(Path directory) throws InterruptedException {
        JsonNode course = read(directory.resolve("course.json"));
        JsonNode manifest = read(directory.resolve("manifest.json"));
        LocalizedText title = text(course.path("title"));
        String mainLanguage = course.path("languages").path(0).asText("vi");
        String searchTitle = title.in(mainLanguage).orElseThrow(() -> new SampleImportException("course.json has no title"));

        for (Course existing : drafts.find(actor, searchTitle, CourseDrafts.MAX_RESULTS)) {
            if (existing.details().tags().contains(MARKER_TAG)) {
                if (!publishing.history(actor, existing.id()).isEmpty()) {
                    return Outcome.ALREADY_PUBLISHED;
                }
                LOG.info(() -> "Sample course " + existing.id() + " was never published (an interrupted import): "
                        + "importing it again");
                drafts.delete(actor, existing.id(), null);
            }
        }

        Map<String, UUID> uploaded = upload(directory, manifest);
        Map<String, UUID> ready = awaitReady(uploaded, manifest);
        attachCaptions(directory, manifest, ready);

        Course created = drafts.create(actor, details(course, ready));
        for (JsonNode lesson : course.path("lessons")) {
            Lesson added = drafts.addLesson(actor, created.id(),
                    new LessonDetails(text(lesson.path("title")), text(lesson.path("summary"))));
            for (JsonNode block : lesson.path("blocks")) {
                for (BlockContent content : blocks(block, course, ready)) {
                    drafts.addBlock(actor, created.id(), added.id(), content);
                }
            }
        }
        publishing.submit(actor, created.id());
        publishing.review(actor, created.id(), ReviewDecision.APPROVE,
                "Khóa học mẫu do nền tảng tự tạo từ samples/course/outline.json.");
        VersionSummary version = publishing.publish(actor, created.id());
        LOG.info(() -> "Published the sample course '" + searchTitle + "' (" + created.id() + ") as version "
                + version.number());
        return Outcome.PUBLISHED;
    }

    private Map<String, UUID> upload(Path directory, JsonNode manifest) {
        Map<String, UUID> uploaded = new LinkedHashMap<>();
        for (JsonNode file : manifest.path("files")) {
            String role = file.path("role").asText();
            String name = file.path("name").asText();
            if (role.equals("course") || role.equals("captions")) {
                continue; // captions are attached to their video once it is ready
            }
            try (InputStream content = Files.newInputStream(directory.resolve(name))) {
                MediaIntake.Received received = intake.receive(content, Optional.of(name));
                uploaded.put(name, received.asset().id());
            } catch (MediaProcessException refused) {
                if (role.equals("deck") || role.equals("video")) {
                    throw new SampleImportException("the media pipeline refused " + name + ": " + refused.getMessage(),
                            refused);
                }
                LOG.info(() -> "Sample course: " + name + " left out, the media pipeline does not take it: "
                        + refused.getMessage());
            } catch (IOException e) {
                throw new SampleImportException("cannot read " + directory.resolve(name) + ": " + e.getMessage(), e);
            }
        }
        return uploaded;
    }

    private void attachCaptions(Path directory, JsonNode manifest, Map<String, UUID> ready) {
        for (JsonNode file : manifest.path("files")) {
            String name = file.path("name").asText();
            if (!file.path("role").asText().equals("captions") || !name.endsWith(".vtt")) {
                continue;
            }
            String base = name.substring(0, name.length() - ".vtt".length());
            int dot = base.lastIndexOf('.');
            String language = file.path("language").asText(dot < 0 ? "" : base.substring(dot + 1));
            UUID video = dot < 0 ? null : ready.get(base.substring(0, dot) + ".mp4");
            if (video == null) {
                LOG.warning(() -> "Sample course: " + name + " left out, its video is not ready");
                continue;
            }
            try {
                captions.attach(video, language, "", Files.readAllBytes(directory.resolve(name)));
            } catch (MediaProcessException refused) {
                LOG.warning(() -> "Sample course: captions " + name + " left out: " + refused.getMessage());
            } catch (IOException e) {
                throw new SampleImportException("cannot read " + directory.resolve(name) + ": " + e.getMessage(), e);
            }
        }
    }

    private Map<String, UUID> awaitReady(Map<String, UUID> uploaded, JsonNode manifest) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, UUID> ready = new LinkedHashMap<>();
        Map<String, UUID> waiting = new LinkedHashMap<>(uploaded);
        while (!waiting.isEmpty()) {
            for (var entry : List.copyOf(waiting.entrySet())) {
                AssetStatus status = assets.apply(entry.getValue()).map(MediaAsset::status).orElse(AssetStatus.FAILED);
                if (status == AssetStatus.READY) {
                    ready.put(entry.getKey(), entry.getValue());
                    waiting.remove(entry.getKey());
                } else if (status == AssetStatus.FAILED) {
                    if (isRequired(entry.getKey(), manifest)) {
                        throw new SampleImportException("the media pipeline failed on " + entry.getKey()
                                + " (asset " + entry.getValue() + ")");
                    }
                    LOG.warning(() -> "Sample course: " + entry.getKey() + " failed in the media pipeline; left out");
                    waiting.remove(entry.getKey());
                }
            }
            if (!waiting.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new SampleImportException("media not ready after " + patience + ": " + waiting.keySet());
                }
                Thread.sleep(pollInterval.toMillis());
            }
        }
        return ready;
    }

    private static boolean isRequired(String name, JsonNode manifest) {
        for (JsonNode file : manifest.path("files")) {
            if (file.path("name").asText().equals(name)) {
                String role = file.path("role").asText();
                return role.equals("deck") || role.equals("video");
            }
        }
        return false;
    }

    static CourseDetails details(JsonNode course, Map<String, UUID> ready) {
        List<LocalizedText> keywords = new ArrayList<>();
        course.path("keywords").forEach(k -> keywords.add(text(k)));
        List<String> tags = new ArrayList<>();
        course.path("tags").forEach(t -> tags.add(t.asText()));
        tags.add(MARKER_TAG);
        List<String> languages = new ArrayList<>();
        course.path("languages").forEach(l -> languages.add(l.asText()));
        UUID cover = ready.get(course.path("cover").path("file").asText());
        return new CourseDetails(text(course.path("title")), text(course.path("description")), keywords,
                text(course.path("audience")), cover, tags, languages);
    }

    static List<BlockContent> blocks(JsonNode block, JsonNode course, Map<String, UUID> ready) {
        String file = block.path("file").asText();
        switch (block.path("type").asText()) {
            case "slides" -> {
                List<BlockContent> decks = new ArrayList<>();
                for (JsonNode language : course.path("languages")) {
                    String deck = file + "." + language.asText() + ".pptx";
                    UUID asset = require(ready, deck);
                    decks.add(new BlockContent.Slides(LocalizedText.empty(), asset, language.asText()));
                }
                return decks;
            }
            case "video" -> { // its captions are in the video asset's own manifest (attachCaptions)
                return List.of(new BlockContent.Video(text(block.path("title")), require(ready, file + ".mp4"),
                        List.of()));
            }
            case "richText" -> {
                return List.of(new BlockContent.RichText(LocalizedText.empty(), text(block.path("html"))));
            }
            case "quiz" -> {
                List<Question> questions = new ArrayList<>();
                for (JsonNode question : block.path("questions")) {
                    List<Choice> choices = new ArrayList<>();
                    for (JsonNode choice : question.path("choices")) {
                        choices.add(new Choice(null, text(choice.path("text")), choice.path("correct").asBoolean(),
                                text(choice.path("feedback"))));
                    }
                    QuestionKind kind = KINDS.get(question.path("type").asText());
                    if (kind == null) {
                        throw new SampleImportException("unknown question type " + question.path("type"));
                    }
                    questions.add(new Question(null, kind, text(question.path("prompt")),
                            question.path("points").asInt(1), choices, LocalizedText.empty(), LocalizedText.empty()));
                }
                return List.of(new BlockContent.Quiz(text(block.path("title")), questions,
                        block.path("masteryScore").decimalValue(), block.path("shuffle").asBoolean()));
            }
            default -> throw new SampleImportException("unknown block type " + block.path("type"));
        }
    }

    private static UUID require(Map<String, UUID> ready, String name) {
        UUID id = ready.get(name);
        if (id == null) {
            throw new SampleImportException(name + " is missing from the generated directory");
        }
        return id;
    }

    private static LocalizedText text(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return new LocalizedText(values);
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new SampleImportException("cannot read " + file + " (generate the sample course first: ./run does):"
                    + " " + e.getMessage(), e);
        }
    }
}
