package vn.hoctap.samples.outline;

import java.util.List;

/** A list missing from the JSON is read as empty, so that the checks report it with its place. */
final class Nulls {

    private Nulls() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
