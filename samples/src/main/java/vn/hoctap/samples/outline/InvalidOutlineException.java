package vn.hoctap.samples.outline;

import vn.hoctap.samples.SampleGenerationException;

import java.util.List;

/** The outline cannot be read or breaks a rule; {@link #problems()} lists each problem with its place. */
public final class InvalidOutlineException extends SampleGenerationException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidOutlineException(List<String> problems) {
        super("the outline is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidOutlineException(String problem, Throwable cause) {
        super("the outline cannot be read: " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
