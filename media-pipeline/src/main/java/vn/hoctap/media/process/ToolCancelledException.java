package vn.hoctap.media.process;

/**
 * The work was stopped on request: a {@link Cancellation} was cancelled, {@link RunningTool#cancel()} was called
 * or the waiting thread was interrupted (its interrupt flag is then set again). The program and every process it
 * started were killed. {@link Kind#CANCELLED}.
 */
public final class ToolCancelledException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    private final String program;

    public ToolCancelledException(String program) {
        super(program + " was cancelled");
        this.program = program;
    }

    public String program() {
        return program;
    }

    @Override
    public Kind kind() {
        return Kind.CANCELLED;
    }
}
