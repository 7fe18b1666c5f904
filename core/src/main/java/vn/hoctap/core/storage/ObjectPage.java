package vn.hoctap.core.storage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing ({@link ObjectStore#listPage}).
 *
 * @param objects        the objects of this page, sorted by key
 * @param nextStartAfter when more objects follow: the {@code startAfter} argument that lists them (the last key
 *                       considered for this page); empty on the last page
 */
public record ObjectPage(List<StoredObject> objects, Optional<String> nextStartAfter) {

    public ObjectPage {
        objects = List.copyOf(objects);
        Objects.requireNonNull(nextStartAfter, "nextStartAfter");
    }

    /** Whether more objects follow this page. */
    public boolean truncated() {
        return nextStartAfter.isPresent();
    }
}
