package vn.hoctap.authoring.publishing;

import vn.hoctap.core.error.ApiError.Violation;

/**
 * Something that keeps a draft from being published, with where it is ({@code lessons[1].blocks[0].assetId}).
 * Only {@link Kind#ASSET_NOT_READY} passes by itself (wait for the pipeline); the others need a change.
 */
public record PublishProblem(Kind kind, String path, String message) {

    /** The kinds of problem, each with the error code the API reports. */
    public enum Kind {
        EMPTY_COURSE("empty_course"),
        EMPTY_LESSON("empty_lesson"),
        ASSET_MISSING("asset_missing"),
        ASSET_WRONG_KIND("asset_wrong_kind"),
        ASSET_FAILED("asset_failed"),
        ASSET_NOT_READY("asset_not_ready");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Violation toViolation() {
        return new Violation(path, message);
    }
}
