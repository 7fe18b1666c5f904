package vn.hoctap.lrs.cmi5;

import java.util.List;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.error.LrsException;

/** A statement sent with a launch session's credential breaks a cmi5 rule; the batch is refused (400). */
public final class Cmi5RuleException extends LrsException {

    private static final long serialVersionUID = 1L;

    public Cmi5RuleException(List<Violation> violations) {
        super(400, "cmi5_rule", violations.size() == 1
                ? violations.get(0).path() + ": " + violations.get(0).message()
                : violations.size() + " cmi5 rules broken; see violations.", violations);
    }
}
