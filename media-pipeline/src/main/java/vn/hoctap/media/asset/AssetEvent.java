package vn.hoctap.media.asset;

import java.time.OffsetDateTime;

/** One entry of an asset's processing history: the status it entered and why. */
public record AssetEvent(OffsetDateTime at, AssetStatus status, String reason) {
}
