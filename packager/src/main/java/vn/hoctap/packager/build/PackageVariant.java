package vn.hoctap.packager.build;

/** Which media renditions a package carries. */
public enum PackageVariant {
    /** Large slide images, the 360p MP4 of every video. */
    FULL(""),
    /**
     * Small slide images, the lowest-rung MP4 of every video (or its audio-only rendition when there is no such
     * MP4): a 10-minute lesson fits in a few megabytes (see {@link LowBandwidthBudget}).
     */
    LOW_BANDWIDTH("-low");

    private final String fileSuffix;

    PackageVariant(String fileSuffix) {
        this.fileSuffix = fileSuffix;
    }

    /** Appended to the package file name: {@code ""} or {@code "-low"}. */
    public String fileSuffix() {
        return fileSuffix;
    }
}
