package vn.hoctap.packager.distribution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The files of one package: each path in the zip with the SHA-256 and size of its content. Every file is also
 * stored by its hash ({@link ContentAddressedFiles}), so an app that holds an older version of the package
 * compares the two manifests and downloads only the files whose hash it does not have.
 *
 * @param packageSha256 SHA-256 of the zip the manifest describes
 * @param files         the entries in zip order (sorted by path)
 */
public record FileManifest(String packageSha256, long packageSize, List<FileEntry> files) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public FileManifest {
        Objects.requireNonNull(packageSha256, "packageSha256");
        files = List.copyOf(files);
    }

    /** One file of a package. */
    public record FileEntry(String path, String sha256, long size) {
        public FileEntry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** Total bytes of the files (uncompressed). */
    public long totalBytes() {
        return files.stream().mapToLong(FileEntry::size).sum();
    }

    /**
     * The files of this manifest an app holding {@code older} must download: those whose content (hash) the older
     * package does not have, wherever it was.
     */
    public List<FileEntry> changedSince(FileManifest older) {
        java.util.Set<String> held = new java.util.HashSet<>();
        older.files.forEach(f -> held.add(f.sha256()));
        return files.stream().filter(f -> !held.contains(f.sha256())).toList();
    }

    /** The JSON form (deterministic: keys in a fixed order, files in path order). */
    public byte[] toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("packageSha256", packageSha256);
        root.put("packageSize", packageSize);
        List<Object> list = new ArrayList<>();
        for (FileEntry f : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", f.path());
            entry.put("sha256", f.sha256());
            entry.put("size", f.size());
            list.add(entry);
        }
        root.put("files", list);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("the file manifest cannot be written", e);
        }
    }

    public static FileManifest fromJson(byte[] json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<FileEntry> files = new ArrayList<>();
            for (JsonNode f : root.path("files")) {
                files.add(new FileEntry(f.path("path").asText(), f.path("sha256").asText(), f.path("size").asLong()));
            }
            return new FileManifest(root.path("packageSha256").asText(), root.path("packageSize").asLong(), files);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a file manifest: " + e.getMessage(), e);
        }
    }
}
