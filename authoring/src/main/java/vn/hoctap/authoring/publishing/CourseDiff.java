package vn.hoctap.authoring.publishing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.authoring.course.DraftDocument;
import vn.hoctap.authoring.json.AuthoringJson;
import vn.hoctap.authoring.text.LocalizedText;

/**
 * What changed in a draft since a published version: the course fields that differ, lessons added, removed or
 * changed (their fields, their blocks added, removed or changed, their blocks reordered) and whether the lessons
 * were reordered. Unchanged lessons are left out.
 *
 * @param comparedWith the version compared with, or {@code null} when the course was never published (then
 *                     every lesson is ADDED)
 */
public record CourseDiff(Integer comparedWith, boolean changed, List<String> courseFields, boolean lessonsReordered,
        List<LessonChange> lessons) {

    /** How an item changed. */
    public enum Change {
        ADDED, REMOVED, MODIFIED
    }

    /** A lesson that changed. */
    public record LessonChange(UUID id, Change change, LocalizedText title, List<String> fields,
            boolean blocksReordered, List<BlockChange> blocks) {
    }

    /** A block that changed. */
    public record BlockChange(UUID id, String type, Change change) {
    }

    /** Compares {@code draft} with the draft a version was published from ({@code null}: never published). */
    public static CourseDiff between(Integer comparedWith, DraftDocument published, DraftDocument draft) {
        List<String> courseFields = published == null ? List.of()
                : changedFields(AuthoringJson.tree(published.details()), AuthoringJson.tree(draft.details()));
        Map<UUID, DraftDocument.Lesson> before = new LinkedHashMap<>();
        if (published != null) {
            published.lessons().forEach(l -> before.put(l.id(), l));
        }
        Map<UUID, DraftDocument.Lesson> after = new LinkedHashMap<>();
        draft.lessons().forEach(l -> after.put(l.id(), l));
        List<LessonChange> lessons = new ArrayList<>();
        for (DraftDocument.Lesson lesson : draft.lessons()) {
            DraftDocument.Lesson old = before.get(lesson.id());
            if (old == null) {
                lessons.add(new LessonChange(lesson.id(), Change.ADDED, lesson.details().title(), List.of(), false,
                        lesson.blocks().stream().map(b -> new BlockChange(b.id(), b.content().type(), Change.ADDED)).toList()));
                continue;
            }
            List<String> fields = changedFields(AuthoringJson.tree(old.details()), AuthoringJson.tree(lesson.details()));
            List<BlockChange> blocks = blockChanges(old.blocks(), lesson.blocks());
            boolean reordered = reordered(old.blocks().stream().map(DraftDocument.Block::id).toList(),
                    lesson.blocks().stream().map(DraftDocument.Block::id).toList());
            if (!fields.isEmpty() || !blocks.isEmpty() || reordered) {
                lessons.add(new LessonChange(lesson.id(), Change.MODIFIED, lesson.details().title(), fields, reordered, blocks));
            }
        }
        for (DraftDocument.Lesson old : before.values()) {
            if (!after.containsKey(old.id())) {
                lessons.add(new LessonChange(old.id(), Change.REMOVED, old.details().title(), List.of(), false, List.of()));
            }
        }
        boolean lessonsReordered = reordered(new ArrayList<>(before.keySet()), new ArrayList<>(after.keySet()));
        boolean changed = published == null || !courseFields.isEmpty() || !lessons.isEmpty() || lessonsReordered;
        return new CourseDiff(comparedWith, changed, courseFields, lessonsReordered, lessons);
    }

    private static List<BlockChange> blockChanges(List<DraftDocument.Block> before, List<DraftDocument.Block> after) {
        Map<UUID, DraftDocument.Block> old = new LinkedHashMap<>();
        before.forEach(b -> old.put(b.id(), b));
        List<BlockChange> changes = new ArrayList<>();
        for (DraftDocument.Block block : after) {
            DraftDocument.Block previous = old.remove(block.id());
            if (previous == null) {
                changes.add(new BlockChange(block.id(), block.content().type(), Change.ADDED));
            } else if (!AuthoringJson.tree(previous.content()).equals(AuthoringJson.tree(block.content()))) {
                changes.add(new BlockChange(block.id(), block.content().type(), Change.MODIFIED));
            }
        }
        old.values().forEach(b -> changes.add(new BlockChange(b.id(), b.content().type(), Change.REMOVED)));
        return changes;
    }

    /** Whether the items both lists hold are in a different order. */
    private static boolean reordered(List<UUID> before, List<UUID> after) {
        List<UUID> keptBefore = before.stream().filter(after::contains).toList();
        List<UUID> keptAfter = after.stream().filter(before::contains).toList();
        return !keptBefore.equals(keptAfter);
    }

    private static List<String> changedFields(JsonNode before, JsonNode after) {
        TreeSet<String> names = new TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<String> changed = new ArrayList<>();
        for (Iterator<String> it = names.iterator(); it.hasNext(); ) {
            String name = it.next();
            if (!before.path(name).equals(after.path(name))) {
                changed.add(name);
            }
        }
        return changed;
    }
}
