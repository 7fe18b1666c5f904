package vn.hoctap.packager.launch;

/** When an AU counts as satisfied (cmi5 §13.1.4 moveOn); a waived AU always does. */
public enum MoveOn {
    NotApplicable, Passed, Completed, CompletedAndPassed, CompletedOrPassed;

    /** Whether an AU with this moveOn is satisfied, given what its sessions of the registration achieved. */
    public boolean satisfiedBy(boolean completed, boolean passed, boolean waived) {
        if (waived) {
            return true;
        }
        return switch (this) {
            case NotApplicable -> true;
            case Passed -> passed;
            case Completed -> completed;
            case CompletedAndPassed -> completed && passed;
            case CompletedOrPassed -> completed || passed;
        };
    }
}
