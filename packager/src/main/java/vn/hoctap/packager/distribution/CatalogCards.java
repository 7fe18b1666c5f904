package vn.hoctap.packager.distribution;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.authoring.publishing.PublishedCourse;
import vn.hoctap.authoring.search.SearchText;
import vn.hoctap.authoring.text.LocalizedText;

/**
 * The catalogue's view of a course (its "card", JSON): id, course IRI (the xAPI activity of the course, which
 * the app's progress endpoint takes; lessons carry their activity ids), version, titles and descriptions per language, tags,
 * a small cover thumbnail (the cover's 160 px thumbnail (else its small image), else the first slide's 640 px image) served by hash, lessons
 * with their estimated duration and languages, and per package format and variant its size, SHA-256 and URLs.
 * Also the text searched (authoring's {@link SearchText} normal form), languages and tags filtered on.
 *
 * <p>Lesson duration: the length of its videos plus 30 s per slide and 30 s per quiz question (an estimate for
 * the app's list; slides have no narration yet). A learner pages through the decks of one language: the decks
 * shown in every language count, and of the decks in one language, those of the language with the most slides.
 */
public final class CatalogCards {

    /** Root of the app endpoints' URLs written into cards. */
    public static final String APP_BASE = "/api/app";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogCards() {
    }

    /** The URL of a package. */
    public static String packageUrl(UUID courseId, int version, String format, String variant) {
        return APP_BASE + "/courses/" + courseId + "/versions/" + version + "/packages/" + format + "/" + variant;
    }

    /** The URL of a file by hash. */
    public static String fileUrl(String sha256) {
        return APP_BASE + "/files/" + sha256;
    }

    /** The catalogue entry of a published version. */
    public static DistributionRepository.CatalogEntry published(PublishedCourse course, String courseIri,
            List<DistributionRepository.PackageRow> packages, Optional<String> thumbnailSha256, OffsetDateTime now) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", course.courseId().toString());
        card.put("courseIri", courseIri);
        card.put("version", course.number());
        card.put("state", "published");
        card.put("publishedAt", course.publishedAt());
        card.put("updatedAt", now.toString());
        card.put("languages", course.languages());
        card.put("title", values(course.title()));
        card.put("description", values(course.description()));
        card.put("tags", course.tags() == null ? List.of() : course.tags());
        card.put("thumbnailUrl", thumbnailSha256.map(CatalogCards::fileUrl).orElse(null));
        List<Object> lessons = new ArrayList<>();
        for (PublishedCourse.Lesson lesson : course.lessons()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("id", lesson.id().toString());
            l.put("activityId", courseIri + "/lessons/" + lesson.id());
            l.put("title", values(lesson.title()));
            l.put("durationSeconds", durationSeconds(lesson));
            l.put("languages", languages(lesson, course.languages()));
            lessons.add(l);
        }
        card.put("lessons", lessons);
        List<Object> list = new ArrayList<>();
        for (DistributionRepository.PackageRow p : packages) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("format", p.format());
            entry.put("variant", p.variant());
            entry.put("size", p.size());
            entry.put("sha256", p.sha256());
            entry.put("fileName", p.fileName());
            entry.put("url", packageUrl(p.courseId(), p.version(), p.format(), p.variant()));
            entry.put("filesUrl", packageUrl(p.courseId(), p.version(), p.format(), p.variant()) + "/files");
            list.add(entry);
        }
        card.put("packages", list);
        List<String> tags = course.tags() == null ? List.of() : course.tags();
        return new DistributionRepository.CatalogEntry(course.courseId(), course.number(),
                DistributionRepository.EntryState.PUBLISHED, 0, now, course.languages(), tags, searchText(course),
                json(card));
    }

    /** The catalogue entry of a course no longer offered. */
    public static DistributionRepository.CatalogEntry withdrawn(UUID courseId, int version, OffsetDateTime now) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", courseId.toString());
        card.put("version", version);
        card.put("state", "withdrawn");
        card.put("updatedAt", now.toString());
        return new DistributionRepository.CatalogEntry(courseId, version, DistributionRepository.EntryState.WITHDRAWN,
                0, now, List.of(), List.of(), "", json(card));
    }

    static long durationSeconds(PublishedCourse.Lesson lesson) {
        double seconds = 0;
        java.util.Map<String, Double> slidesByLanguage = new java.util.HashMap<>();
        for (PublishedCourse.Block block : lesson.blocks()) {
            if (block instanceof PublishedCourse.Video video) {
                seconds += video.durationSeconds();
            } else if (block instanceof PublishedCourse.Slides slides) {
                if (slides.language() == null) {
                    seconds += 30.0 * slides.slides().size();
                } else {
                    slidesByLanguage.merge(slides.language(), 30.0 * slides.slides().size(), Double::sum);
                }
            } else if (block instanceof PublishedCourse.Quiz quiz) {
                seconds += 30.0 * quiz.questions().size();
            }
        }
        seconds += slidesByLanguage.values().stream().mapToDouble(d -> d).max().orElse(0);
        return Math.round(seconds);
    }

    static List<String> languages(PublishedCourse.Lesson lesson, List<String> courseLanguages) {
        TreeSet<String> found = new TreeSet<>(lesson.title().values().keySet());
        for (PublishedCourse.Block block : lesson.blocks()) {
            if (block instanceof PublishedCourse.Slides slides && slides.language() != null) {
                found.add(slides.language());
            } else if (block instanceof PublishedCourse.RichText rich) {
                found.addAll(rich.html().values().keySet());
            } else if (block instanceof PublishedCourse.Video video) {
                video.captions().forEach(c -> found.add(c.language()));
            } else if (block instanceof PublishedCourse.Quiz quiz) {
                quiz.questions().forEach(q -> found.addAll(q.prompt().values().keySet()));
            }
        }
        return courseLanguages.stream().filter(found::contains).toList();
    }

    static String searchText(PublishedCourse course) {
        StringBuilder text = new StringBuilder();
        append(text, course.title());
        append(text, course.description());
        if (course.keywords() != null) {
            course.keywords().forEach(k -> append(text, k));
        }
        if (course.tags() != null) {
            course.tags().forEach(t -> text.append(' ').append(t));
        }
        course.lessons().forEach(l -> append(text, l.title()));
        String normal = SearchText.normalize(text.toString());
        return normal.length() > 100_000 ? normal.substring(0, 100_000) : normal;
    }

    private static void append(StringBuilder text, LocalizedText value) {
        if (value != null) {
            value.values().values().forEach(v -> text.append(' ').append(v));
        }
    }

    private static Map<String, String> values(LocalizedText text) {
        return text == null ? Map.of() : text.values();
    }

    private static String json(Map<String, Object> card) {
        try {
            return JSON.writeValueAsString(card);
        } catch (IOException e) {
            throw new IllegalStateException("the catalogue card cannot be written", e);
        }
    }
}
