package vn.hoctap.core.config;

/**
 * A configuration setting has a value the platform cannot work with: start-up stops with this exception's
 * one-line message, which names the setting and the cause.
 */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Setting setting;

    public InvalidSettingException(Setting setting, String problem) {
        super("setting " + setting.describe() + ": " + oneLine(problem));
        this.setting = setting;
    }

    public InvalidSettingException(Setting setting, String problem, Throwable cause) {
        super("setting " + setting.describe() + ": " + oneLine(problem), cause);
        this.setting = setting;
    }

    public Setting setting() {
        return setting;
    }

    private static String oneLine(String text) {
        return text == null ? "invalid value" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
