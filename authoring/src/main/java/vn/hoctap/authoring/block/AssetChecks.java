package vn.hoctap.authoring.block;

import java.util.Optional;

import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;

/** Whether an asset a block names can be used: it exists, is of a kind the block takes, and is (or will be) ready. */
public final class AssetChecks {

    /** What a check found. */
    public enum Outcome {
        OK, MISSING, WRONG_KIND, FAILED, NOT_READY
    }

    private AssetChecks() {
    }

    public static Outcome check(BlockContent.AssetReference reference, Optional<MediaAsset> asset) {
        if (asset.isEmpty()) {
            return Outcome.MISSING;
        }
        if (!reference.kinds().contains(asset.get().kind())) {
            return Outcome.WRONG_KIND;
        }
        if (asset.get().status() == AssetStatus.FAILED) {
            return Outcome.FAILED;
        }
        return asset.get().status() == AssetStatus.READY ? Outcome.OK : Outcome.NOT_READY;
    }

    /** What to tell the author about an outcome other than OK. */
    public static String message(Outcome outcome, BlockContent.AssetReference reference, Optional<MediaAsset> asset) {
        return switch (outcome) {
            case MISSING -> "no media asset " + reference.assetId() + ": upload " + reference.what() + " first";
            case WRONG_KIND -> "media asset " + reference.assetId() + " is " + asset.map(a -> a.kind().name()).orElse("?")
                    + ", not " + reference.what();
            case FAILED -> "media asset " + reference.assetId() + " failed processing; upload a working file";
            case NOT_READY -> "media asset " + reference.assetId() + " is still being processed ("
                    + asset.map(a -> a.status().name() + " " + a.progress() + " %").orElse("") + "); publish when it is READY";
            case OK -> "ok";
        };
    }
}
