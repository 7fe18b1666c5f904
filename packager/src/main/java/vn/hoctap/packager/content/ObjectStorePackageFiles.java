package vn.hoctap.packager.content;

import java.io.InputStream;
import java.util.Objects;

import vn.hoctap.core.storage.ObjectNotFoundException;
import vn.hoctap.core.storage.ObjectStore;

/** {@link PackageFiles} over the platform's {@link ObjectStore}: a key is an object key. */
public final class ObjectStorePackageFiles implements PackageFiles {

    private final ObjectStore store;

    public ObjectStorePackageFiles(ObjectStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public InputStream open(String key) {
        try {
            return store.open(key);
        } catch (ObjectNotFoundException e) {
            throw new MissingPackageFileException(key, e);
        }
    }

    @Override
    public long size(String key) {
        return store.stat(key).orElseThrow(() -> new MissingPackageFileException(key, null)).size();
    }
}
