package vn.hoctap.core.storage;

/** A key (or list prefix) breaks one of the rules enforced by {@link ObjectKeys}; the message names the rule. */
public final class InvalidObjectKeyException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String rule;

    public InvalidObjectKeyException(String key, String rule) {
        super("invalid object key '" + printable(key) + "': " + rule);
        this.key = key;
        this.rule = rule;
    }

    /** The rejected key, as given (may be {@code null}). */
    public String key() {
        return key;
    }

    /** The rule the key breaks, e.g. "must not start with '/'". */
    public String rule() {
        return rule;
    }

    private static String printable(String key) {
        if (key == null) {
            return "null";
        }
        String shown = key.length() > 80 ? key.substring(0, 80) + "...(" + key.length() + " chars)" : key;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
