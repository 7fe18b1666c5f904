package vn.hoctap.packager.launch;

import java.util.Optional;

/** A block of a course structure: its position (0-based, document order), its id, title and enclosing block. */
public record StructureBlock(int index, String publisherId, String title, Optional<Integer> parentIndex) {
}
