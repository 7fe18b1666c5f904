package vn.hoctap.core.config;

import java.util.Locale;
import java.util.function.Function;

/**
 * The name of one configuration property, as MicroProfile Config knows it ({@code hoctap.db.url}) and as an
 * environment variable spells it ({@code HOCTAP_DB_URL}).
 */
public enum Setting {
    DATA_DIR("hoctap.data-dir"),
    DB_URL("hoctap.db.url"),
    DB_USER("hoctap.db.user"),
    DB_PASSWORD("hoctap.db.password"),
    STORAGE_TYPE("hoctap.storage.type"),
    STORAGE_DIR("hoctap.storage.dir"),
    STORAGE_URL_SECRET("hoctap.storage.url-secret"),
    S3_ENDPOINT("hoctap.storage.s3.endpoint"),
    S3_REGION("hoctap.storage.s3.region"),
    S3_BUCKET("hoctap.storage.s3.bucket"),
    S3_ACCESS_KEY("hoctap.storage.s3.access-key"),
    S3_SECRET_KEY("hoctap.storage.s3.secret-key"),
    ADMIN_USERNAME("hoctap.admin.username"),
    ADMIN_PASSWORD("hoctap.admin.password"),
    PUBLIC_URL("hoctap.public-url"),
    LRS_BASE_PATH("hoctap.lrs.base-path"),
    APP_PSEUDONYM_KEY("hoctap.lrs.app.pseudonym-key"),
    APP_LEARNER_HOME_PAGE("hoctap.lrs.app.learner-home-page"),
    CMI5_COURSE_STRUCTURE_XSD("hoctap.cmi5.course-structure-xsd");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    /** The MicroProfile Config property name. */
    public String key() {
        return key;
    }

    /** The environment variable MicroProfile Config maps to this property. */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** How a message names this setting: both spellings, so the reader finds it wherever they set it. */
    public String describe() {
        return key + " (" + environmentVariable() + ")";
    }

    /**
     * This setting's value read by {@code parser}: the parser's {@link IllegalArgumentException} (whose message
     * says what is wrong) becomes an {@link InvalidSettingException} naming this setting, which stops start-up.
     *
     * @param value  the value as configured (what the parser accepts: text, a path...)
     * @param parser turns it into what the platform uses
     */
    public <V, T> T parse(V value, Function<V, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(this, e.getMessage(), e);
        }
    }
}
