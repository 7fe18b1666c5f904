package vn.hoctap.packager.launch;

import java.util.List;

/** A parsed and checked cmi5 course structure (cmi5.xml): the course, its blocks and its AUs in document order. */
public record CourseStructure(String publisherId, String title, String description, List<StructureBlock> blocks,
        List<AssignableUnit> aus) {

    public CourseStructure {
        blocks = List.copyOf(blocks);
        aus = List.copyOf(aus);
    }

    /** Whether the AU sits in the block or in a block inside it. */
    public boolean inBlock(AssignableUnit au, int blockIndex) {
        var current = au.blockIndex();
        while (current.isPresent()) {
            if (current.get() == blockIndex) {
                return true;
            }
            current = blocks.get(current.get()).parentIndex();
        }
        return false;
    }
}
