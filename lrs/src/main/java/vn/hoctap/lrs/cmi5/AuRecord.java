package vn.hoctap.lrs.cmi5;

/**
 * What an AU's sessions of one registration achieved so far (cmi5-defined statements accepted by the LRS).
 *
 * @param completed a {@code completed} statement was stored
 * @param passed    a {@code passed} statement was stored
 * @param failed    a {@code failed} statement was stored
 */
public record AuRecord(boolean completed, boolean passed, boolean failed) {

    public static final AuRecord NOTHING = new AuRecord(false, false, false);

    AuRecord and(AuRecord other) {
        return new AuRecord(completed || other.completed, passed || other.passed, failed || other.failed);
    }
}
