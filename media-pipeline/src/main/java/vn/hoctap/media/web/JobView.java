package vn.hoctap.media.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.hoctap.media.asset.AssetEvent;
import vn.hoctap.media.asset.MediaAsset;

/**
 * A processing job as the API shows it: one per asset (its id is the asset's), with status, progress in percent
 * and, when read alone, the history of its states with reasons.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(String id, String assetId, String kind, String status, int progress, String originalName,
        String createdAt, String updatedAt, List<MediaResource.EventView> history) {

    static JobView of(MediaAsset asset, List<AssetEvent> history) {
        return new JobView(asset.id().toString(), asset.id().toString(), asset.kind().name(), asset.status().name(),
                asset.progress(), asset.originalName().orElse(null), asset.createdAt().toString(),
                asset.updatedAt().toString(), history == null ? null : history.stream()
                        .map(e -> new MediaResource.EventView(e.at().toString(), e.status().name(), e.reason())).toList());
    }
}
