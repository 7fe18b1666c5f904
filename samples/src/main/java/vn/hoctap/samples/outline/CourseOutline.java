package vn.hoctap.samples.outline;

import java.util.List;
import java.util.Objects;

/**
 * The text outline of a sample course ({@code samples/course/outline.json}): everything an author would type,
 * from which the generator builds the media and the loader builds the course. Every text a learner sees is a
 * {@link Text} with a variant per language; the first of {@link #languages()} is the course's own language.
 *
 * @param format      version of this file format (1)
 * @param id          stable identifier of the course, also its slug
 * @param languages   the languages of the variants, the course's own first ({@code vi})
 * @param title       course title
 * @param description course description
 * @param audience    who the course is for
 * @param keywords    search keywords, each with its variants
 * @param tags        language-neutral tags
 * @param cover       the generated cover image
 * @param lessons     the lessons, in order
 */
public record CourseOutline(int format, String id, List<String> languages, Text title, Text description,
                            Text audience, List<Text> keywords, List<String> tags, Cover cover,
                            List<Lesson> lessons) {

    public CourseOutline {
        Objects.requireNonNull(id, "id");
        languages = Nulls.list(languages);
        keywords = Nulls.list(keywords);
        tags = Nulls.list(tags);
        lessons = Nulls.list(lessons);
    }

    /** The course's own language, in which narration and speaker notes are written. */
    public String mainLanguage() {
        return languages.get(0);
    }

    /** The generated cover image, by file name inside the output directory. */
    public record Cover(String file) {
    }
}
