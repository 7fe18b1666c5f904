package vn.hoctap.authoring.course;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.quiz.Choice;
import vn.hoctap.authoring.quiz.Question;
import vn.hoctap.authoring.search.SearchText;
import vn.hoctap.authoring.text.HtmlSanitizer;

/**
 * The searchable text of a course draft, in {@link SearchText} form: every language variant of the title,
 * keywords, description, audience and tags, the lesson and block titles, rich text without its tags, image
 * texts, quiz prompts and choices, and the text and speaker notes of every slide of its ready slide decks.
 */
public final class CourseSearchText {

    private CourseSearchText() {
    }

    /**
     * @param draft     the course draft
     * @param deckTexts the slide texts and notes of a deck by its asset id (empty when it is not processed yet),
     *                  e.g. {@code id -> deckTexts.of(id, assets)} with {@link DeckTexts}
     */
    public static String of(DraftDocument draft, Function<UUID, List<String>> deckTexts) {
        List<String> parts = new ArrayList<>();
        CourseDetails details = draft.details();
        parts.addAll(details.title().variants());
        details.keywords().forEach(keyword -> parts.addAll(keyword.variants()));
        parts.addAll(details.description().variants());
        parts.addAll(details.audience().variants());
        parts.addAll(details.tags());
        for (DraftDocument.Lesson lesson : draft.lessons()) {
            parts.addAll(lesson.details().title().variants());
            parts.addAll(lesson.details().description().variants());
            for (DraftDocument.Block block : lesson.blocks()) {
                parts.addAll(block.content().title().variants());
                addContent(parts, block.content(), deckTexts);
            }
        }
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String normal = SearchText.normalize(part);
            if (!normal.isEmpty()) {
                text.append(' ').append(normal);
            }
        }
        text.append(' ');
        return text.toString();
    }

    private static void addContent(List<String> parts, BlockContent content, Function<UUID, List<String>> deckTexts) {
        if (content instanceof BlockContent.RichText rich) {
            rich.html().variants().forEach(html -> parts.add(HtmlSanitizer.plainText(html)));
        } else if (content instanceof BlockContent.Image image) {
            parts.addAll(image.alt().variants());
            parts.addAll(image.caption().variants());
        } else if (content instanceof BlockContent.Quiz quiz) {
            for (Question question : quiz.questions()) {
                parts.addAll(question.prompt().variants());
                for (Choice choice : question.choices()) {
                    parts.addAll(choice.text().variants());
                }
            }
        } else if (content instanceof BlockContent.Slides slides) {
            parts.addAll(deckTexts.apply(slides.assetId()));
        }
        // a video's words are in its captions, which are not read yet
    }

}
