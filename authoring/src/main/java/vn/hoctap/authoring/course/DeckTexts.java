package vn.hoctap.authoring.course;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.authoring.json.AuthoringJson;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;

/**
 * The text and speaker notes of each slide of a processed deck, for the course search text. A READY deck's slides
 * never change (the same bytes are never processed again), so the texts of the most recently used decks are
 * remembered and a draft edit re-reads no deck manifest; a deck not READY yet is read again next time.
 * Thread-safe.
 */
public final class DeckTexts {

    private final Map<UUID, List<String>> remembered;

    /** Remembers the texts of up to {@code capacity} READY decks. */
    public DeckTexts(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative capacity " + capacity);
        }
        this.remembered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, List<String>> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * The slide texts and notes of deck {@code assetId}, in slide order (text then notes of each slide): from memory,
     * else read through {@code assets}. Empty for an unknown asset or one not READY.
     */
    public List<String> of(UUID assetId, Function<UUID, Optional<MediaAsset>> assets) {
        List<String> known = remembered.get(assetId);
        if (known != null) {
            return known;
        }
        Optional<MediaAsset> asset = assets.apply(assetId);
        List<String> texts = asset.map(DeckTexts::read).orElse(List.of());
        if (asset.isPresent() && asset.get().status() == AssetStatus.READY) {
            remembered.put(assetId, texts);
        }
        return texts;
    }

    /** The texts of one asset's slides as its manifest holds them; empty unless it is READY. */
    static List<String> read(MediaAsset asset) {
        if (asset.status() != AssetStatus.READY || asset.manifest().isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode slide : AuthoringJson.tree(asset.manifest().get()).path("slides")) {
            texts.add(slide.path("text").asText(""));
            texts.add(slide.path("notes").asText(""));
        }
        return List.copyOf(texts);
    }
}
