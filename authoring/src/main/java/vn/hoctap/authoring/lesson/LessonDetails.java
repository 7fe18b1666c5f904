package vn.hoctap.authoring.lesson;

import java.util.ArrayList;
import java.util.List;

import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.core.error.ApiError.Violation;

/** What a lesson says about itself: a title (required) and a description, each with variants per language. */
public record LessonDetails(LocalizedText title, LocalizedText description) {

    public LessonDetails {
        title = LocalizedText.orEmpty(title);
        description = LocalizedText.orEmpty(description);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>(LocalizedText.violations(title, "title", true, 300));
        found.addAll(LocalizedText.violations(description, "description", false, 5000));
        return found;
    }

    public LessonDetails normalized() {
        return new LessonDetails(title.map(String::strip), description.map(String::strip));
    }
}
