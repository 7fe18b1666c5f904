package vn.hoctap.authoring.course;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import vn.hoctap.core.persistence.DataAccessException;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.MediaAsset;

/** The media pipeline's assets as a lookup on one connection, each asset read once. */
public final class MediaAssets {

    private MediaAssets() {
    }

    public static Function<UUID, Optional<MediaAsset>> on(Connection c) {
        AssetRepository repository = new AssetRepository();
        Map<UUID, Optional<MediaAsset>> cache = new HashMap<>();
        return id -> cache.computeIfAbsent(id, key -> {
            try {
                return repository.byId(c, key);
            } catch (SQLException e) {
                throw new DataAccessException(e);
            }
        });
    }
}
