package vn.hoctap.media.captions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.media.asset.AssetNotFoundException;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.detect.MediaKind;

/**
 * Captions of a ready video asset, one file per language: the uploaded WebVTT or SRT is normalised to WebVTT
 * ({@link CaptionNormalizer}) and stored as {@code hls/subtitles/<lang>.vtt} with a subtitle playlist
 * {@code hls/subtitles/<lang>.m3u8}; the asset's HLS master playlist is rewritten with one subtitle group holding a
 * rendition per language ({@link HlsSubtitles}), and the manifest lists the captions ({@code CAPTIONS}, with their
 * language) and the playlists. Captions sent again for a language replace the earlier ones. Changes to one asset
 * are made one at a time (its row is locked).
 */
public final class AssetCaptions {

    /** The largest caption file accepted. */
    public static final int MAX_BYTES = 2 << 20;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Map<String, String> NAMES = Map.of("vi", "Tiếng Việt", "km", "ភាសាខ្មែរ", "en", "English");

    private final Transactor transactor;
    private final AssetRepository repository;
    private final ObjectStore store;
    private final CaptionNormalizer normalizer = new CaptionNormalizer();
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public AssetCaptions(Transactor transactor, AssetRepository repository, ObjectStore store, Clock clock) {
        this.transactor = transactor;
        this.repository = repository;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Attaches captions in {@code language} to the asset and returns the asset with its new manifest.
     *
     * @param language an RFC 5646 tag such as {@code vi}, {@code km}, {@code en} or {@code en-GB}
     * @param name     what the player shows for the track; blank for the language's own name
     * @throws AssetNotFoundException         if there is no such asset
     * @throws CaptionsNotApplicableException if the asset is not a ready video, or the language tag is invalid
     * @throws InvalidCaptionsException       if the content is neither WebVTT nor SRT (the message names the line)
     */
    public MediaAsset attach(UUID assetId, String language, String name, byte[] content) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new CaptionsNotApplicableException("'" + language + "' is not a language tag; use for example vi, km or en.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidCaptionsException("A caption file may be at most 2 MiB.");
        }
        byte[] vtt = normalizer.normalize(content);
        String label = name == null || name.isBlank() ? NAMES.getOrDefault(language.toLowerCase(Locale.ROOT), language)
                : name.strip();
        return transactor.inTransaction(c -> {
            MediaAsset asset = repository.lock(c, assetId)
                    .orElseThrow(() -> new AssetNotFoundException("No media asset " + assetId + "."));
            if (asset.kind() != MediaKind.VIDEO || asset.status() != AssetStatus.READY || asset.manifest().isEmpty()) {
                throw new CaptionsNotApplicableException("Captions go with a video that has been processed; asset "
                        + assetId + " is " + asset.kind() + " and " + asset.status() + ".");
            }
            ObjectNode manifest = (ObjectNode) read(asset.manifest().get());
            ArrayNode renditions = (ArrayNode) manifest.get("renditions");
            ObjectNode master = find(renditions, "HLS_MASTER");
            if (master == null) {
                throw new CaptionsNotApplicableException("Asset " + assetId + " has no HLS playlist to add captions to.");
            }
            Duration duration = Duration.ofMillis((long) (manifest.path("durationSeconds").asDouble(0) * 1000));
            String prefix = "media/assets/" + assetId + "/";
            String vttPath = "hls/subtitles/" + language + ".vtt";
            String playlistPath = "hls/subtitles/" + language + ".m3u8";
            StoredObject storedVtt = store.put(prefix + vttPath, new ByteArrayInputStream(vtt), "text/vtt;charset=utf-8");
            StoredObject storedPlaylist = put(prefix + playlistPath, HlsSubtitles.subtitlePlaylist(language + ".vtt",
                    duration), "application/vnd.apple.mpegurl");
            removeLanguage(renditions, language);
            ObjectNode captions = entry(renditions.addObject(), "CAPTIONS", vttPath, prefix, storedVtt);
            captions.put("language", language);
            captions.put("name", label);
            ObjectNode playlist = entry(renditions.addObject(), "HLS_SUBTITLE_PLAYLIST", playlistPath, prefix, storedPlaylist);
            playlist.put("language", language);
            playlist.put("name", label);

            List<HlsSubtitles.Track> tracks = new ArrayList<>();
            Map<String, String> languages = new TreeMap<>();
            for (JsonNode r : renditions) {
                if (r.path("kind").asText().equals("HLS_SUBTITLE_PLAYLIST")) {
                    languages.put(r.get("language").asText(), r.path("name").asText(r.get("language").asText()));
                }
            }
            languages.forEach((lang, trackName) -> tracks.add(new HlsSubtitles.Track(lang, trackName,
                    "subtitles/" + lang + ".m3u8")));
            String masterText;
            try (InputStream in = store.open(master.get("key").asText())) {
                masterText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StoredObject storedMaster = put(master.get("key").asText(),
                    HlsSubtitles.addToMaster(withoutSubtitles(masterText), tracks), "application/vnd.apple.mpegurl");
            master.put("bytes", storedMaster.size());
            master.put("sha256", storedMaster.sha256());
            String text;
            try {
                text = json.writeValueAsString(manifest);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            repository.replaceManifest(c, assetId, text, "captions attached: " + language, OffsetDateTime.now(clock));
            return repository.byId(c, assetId).orElseThrow();
        });
    }

    /** The master playlist without any subtitle group (so that it can be declared again with every language). */
    static String withoutSubtitles(String master) {
        StringBuilder out = new StringBuilder();
        for (String line : master.split("\n", -1)) {
            if (line.startsWith("#EXT-X-MEDIA:TYPE=SUBTITLES")) {
                continue;
            }
            out.append(line.replace(",SUBTITLES=\"subs\"", "")).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static void removeLanguage(ArrayNode renditions, String language) {
        for (Iterator<JsonNode> each = renditions.elements(); each.hasNext();) {
            JsonNode r = each.next();
            String kind = r.path("kind").asText();
            if ((kind.equals("CAPTIONS") || kind.equals("HLS_SUBTITLE_PLAYLIST")) && r.path("language").asText().equals(language)) {
                each.remove();
            }
        }
    }

    private static ObjectNode find(ArrayNode renditions, String kind) {
        for (JsonNode r : renditions) {
            if (r.path("kind").asText().equals(kind)) {
                return (ObjectNode) r;
            }
        }
        return null;
    }

    private static ObjectNode entry(ObjectNode entry, String kind, String path, String prefix, StoredObject stored) {
        entry.put("kind", kind);
        entry.put("path", path);
        entry.put("key", prefix + path);
        entry.put("bytes", stored.size());
        entry.put("sha256", stored.sha256());
        entry.put("mediaType", stored.contentType());
        return entry;
    }

    private StoredObject put(String key, String text, String contentType) {
        return store.put(key, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), contentType);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored manifest is not JSON", e);
        }
    }
}
