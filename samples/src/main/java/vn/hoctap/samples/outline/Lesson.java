package vn.hoctap.samples.outline;

import java.util.List;
import java.util.Objects;

/**
 * One lesson of the outline: an ordered list of blocks.
 *
 * @param id      stable identifier, unique in the course
 * @param title   lesson title
 * @param summary one or two sentences shown under the title
 * @param blocks  the blocks, in order
 */
public record Lesson(String id, Text title, Text summary, List<Block> blocks) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        blocks = Nulls.list(blocks);
    }

    /** The blocks of one kind, in order. */
    public <B extends Block> List<B> blocks(Class<B> kind) {
        return blocks.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
