package vn.hoctap.packager.content;

import java.util.List;
import java.util.Objects;

/**
 * A published course version as the packager sees it: everything a package needs, with files referred to by
 * {@link PackageFiles} key. The authoring module's snapshot is mapped to this model (see the module README).
 *
 * @param courseIri   stable IRI of the course, the same for every version (e.g.
 *                    {@code https://hoctap.vn/courses/7f3c...}); every identifier in a package is derived from it
 *                    and from the lesson, block and question ids, never from titles or the version
 * @param version     the published version number, 1 or more (written into manifests as the version, and into
 *                    package file names; never into identifiers)
 * @param title       the course title (at least one language)
 * @param description the course description (may be empty)
 * @param languages   the course languages in order of preference, each one of {@link LocalizedText#LANGUAGES}; the
 *                    first is the default language of the player and of manifests
 * @param lessons     the lessons in order; each becomes a cmi5 AU, a SCORM SCO, a TinCan activity
 */
public record CourseContent(String courseIri, int version, LocalizedText title, LocalizedText description,
                            List<String> languages, List<LessonContent> lessons) {

    public CourseContent {
        Objects.requireNonNull(courseIri, "courseIri");
        Objects.requireNonNull(title, "title");
        description = description == null ? LocalizedText.empty() : description;
        languages = List.copyOf(languages);
        lessons = List.copyOf(lessons);
    }

    /** The default language: the first of {@link #languages()}. */
    public String defaultLanguage() {
        return languages.isEmpty() ? "vi" : languages.get(0);
    }
}
