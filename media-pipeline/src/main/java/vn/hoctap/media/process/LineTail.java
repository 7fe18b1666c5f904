package vn.hoctap.media.process;

import java.util.ArrayDeque;
import java.util.List;

/** Keeps the last {@code capacity} lines given to it, for error messages. Thread safe. */
final class LineTail {

    private final int capacity;
    private final ArrayDeque<String> lines;

    LineTail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(capacity);
    }

    synchronized void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    /** The kept lines, oldest first. */
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
