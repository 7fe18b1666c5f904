package vn.hoctap.packager.build;

/** Which media renditions a package carries. */
public enum PackageVariant {
    /** Large slide images, the 360p MP4 of every video. */
    FULL("full", ""),
    /**
     * Small slide images, the lowest-rung MP4 of every video (or its audio-only rendition when there is no such
     * MP4): a 10-minute lesson fits in a few megabytes (see {@link LowBandwidthBudget}).
     */
    LOW_BANDWIDTH("low", "-low");

    private final String slug;
    private final String fileSuffix;

    PackageVariant(String slug, String fileSuffix) {
        this.slug = slug;
        this.fileSuffix = fileSuffix;
    }

    /** The variant's name in course data, indexes, URLs and the catalogue: {@code full} or {@code low}. */
    public String slug() {
        return slug;
    }

    /** Appended to the package file name: {@code ""} or {@code "-low"}. */
    public String fileSuffix() {
        return fileSuffix;
    }
}
