package vn.hoctap.packager.build;

/** The package formats the packager writes. */
public enum PackageFormat {
    /** cmi5: {@code cmi5.xml}, one AU per lesson; the player is a cmi5 AU. */
    CMI5("cmi5", "cmi5.xml"),
    /** xAPI (TinCan): {@code tincan.xml}; the player reads the TinCan launch parameters. */
    XAPI("xapi", "tincan.xml"),
    /** SCORM 1.2: {@code imsmanifest.xml}, one SCO per lesson; the player drives {@code window.API}. */
    SCORM_12("scorm12", "imsmanifest.xml"),
    /** SCORM 2004 4th Edition: one SCO per lesson; the player drives {@code window.API_1484_11}. */
    SCORM_2004("scorm2004", "imsmanifest.xml");

    private final String slug;
    private final String manifestName;

    PackageFormat(String slug, String manifestName) {
        this.slug = slug;
        this.manifestName = manifestName;
    }

    /** Short lower-case name used in file names, object keys and the player ({@code cmi5}, {@code scorm12}...). */
    public String slug() {
        return slug;
    }

    /** The manifest's file name at the package root. */
    public String manifestName() {
        return manifestName;
    }
}
