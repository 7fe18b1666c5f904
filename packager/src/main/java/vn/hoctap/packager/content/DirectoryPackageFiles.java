package vn.hoctap.packager.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** {@link PackageFiles} over a directory: the key {@code a/b.png} is the file {@code <root>/a/b.png}. */
public final class DirectoryPackageFiles implements PackageFiles {

    private final Path root;

    public DirectoryPackageFiles(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new MissingPackageFileException(key, e);
        }
    }

    @Override
    public long size(String key) {
        try {
            return Files.size(resolve(key));
        } catch (IOException e) {
            throw new MissingPackageFileException(key, e);
        }
    }

    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new MissingPackageFileException(key, null);
        }
        return file;
    }
}
