package vn.hoctap.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemObjectStoreTest extends ObjectStoreContract {

    private static final Instant START = Instant.parse("2030-01-02T03:04:05.678Z");

    @TempDir
    Path tempDir;

    private final MutableClock clock = new MutableClock(START);
    private final SignedUrlSigner signer = new SignedUrlSigner(SignedUrlSigner.generateSecret(), clock);
    private Path root;

    @Override
    protected ObjectStore createStore() {
        root = tempDir.resolve("store");
        return new FileSystemObjectStore(root, signer, clock);
    }

    /** Does what the application's {@code /storage/{key}} resource does: verify, then stream. */
    @Override
    protected Download download(URI url) {
        assertThat(url.isAbsolute()).as("root-relative URL").isFalse();
        String path = url.getRawPath();
        Map<String, String> query = query(url);
        long expires = Long.parseLong(query.get(SignedUrlSigner.EXPIRES_PARAMETER));
        if (!signer.verify(path, expires, query.get(SignedUrlSigner.SIGNATURE_PARAMETER))) {
            return new Download(403, null);
        }
        try {
            return new Download(200, Sha256.of(store.open(path.substring(
                    FileSystemObjectStore.DOWNLOAD_PATH_PREFIX.length()))));
        } catch (ObjectNotFoundException e) {
            return new Download(404, null);
        }
    }

    @Override
    protected void letTimePass(Duration ttl) {
        clock.advance(ttl);
    }

    // ------------------------------------------------------------------------------------ layout

    @Test
    void objects_and_sidecars_are_files_under_the_root() throws IOException {
        StoredObject stored = put("courses/42/intro.txt", "hello", "text/plain");

        assertThat(root.resolve("objects/courses/42/intro.txt")).hasContent("hello");
        Properties sidecar = sidecar("courses/42/intro.txt");
        assertThat(sidecar.getProperty("sha256")).isEqualTo(Sha256.of("hello"));
        assertThat(sidecar.getProperty("size")).isEqualTo("5");
        assertThat(sidecar.getProperty("contentType")).isEqualTo("text/plain");
        assertThat(sidecar.getProperty("lastModified")).isEqualTo(START.toString());
        assertThat(stored.lastModified()).isEqualTo(OffsetDateTime.ofInstant(START, ZoneOffset.UTC));
    }

    @Test
    void no_temporary_file_remains_after_puts_and_failed_puts() throws IOException {
        put("a.txt", "a", null);
        assertThatThrownBy(() -> store.put("b.txt",
                new FailingInputStream(new PseudoRandomContent(1, 1_000_000).stream(), 500_000), null))
                .isInstanceOf(ContentReadException.class);

        try (Stream<Path> leftovers = Files.list(root.resolve("tmp"))) {
            assertThat(leftovers).isEmpty();
        }
        assertThat(root.resolve("objects/b.txt")).doesNotExist();
    }

    // ------------------------------------------------------------------------------------ sidecar recovery

    @Test
    void stat_recomputes_a_missing_sidecar_and_writes_it_back() throws IOException {
        Files.createDirectories(root.resolve("objects/dropped"));
        Files.writeString(root.resolve("objects/dropped/by-hand.txt"), "copied in by an operator");

        StoredObject stat = store.stat("dropped/by-hand.txt").orElseThrow();

        assertThat(stat.sha256()).isEqualTo(Sha256.of("copied in by an operator"));
        assertThat(stat.size()).isEqualTo(24);
        assertThat(stat.contentType()).isEqualTo(ObjectStore.DEFAULT_CONTENT_TYPE);
        assertThat(stat.lastModified().toInstant())
                .isEqualTo(Files.getLastModifiedTime(root.resolve("objects/dropped/by-hand.txt")).toInstant());
        assertThat(sidecar("dropped/by-hand.txt").getProperty("sha256")).isEqualTo(stat.sha256());
        assertThat(store.list("dropped/")).containsExactly(stat);
    }

    @Test
    void stat_recomputes_a_sidecar_that_no_longer_matches_its_file_and_keeps_the_content_type() throws IOException {
        put("page.html", "<p>old</p>", "text/html");
        Path file = root.resolve("objects/page.html");
        Files.writeString(file, "<p>replaced by hand</p>");
        Files.setLastModifiedTime(file, FileTime.from(START.plusSeconds(60)));

        StoredObject stat = store.stat("page.html").orElseThrow();

        assertThat(stat.sha256()).isEqualTo(Sha256.of("<p>replaced by hand</p>"));
        assertThat(stat.size()).isEqualTo(23);
        assertThat(stat.contentType()).isEqualTo("text/html");
        assertThat(stat.lastModified().toInstant()).isEqualTo(START.plusSeconds(60));
        assertThat(sidecar("page.html").getProperty("sha256")).isEqualTo(stat.sha256());
    }

    @Test
    void a_sidecar_without_its_object_is_ignored() throws IOException {
        put("orphan.txt", "x", "text/plain");
        Files.delete(root.resolve("objects/orphan.txt"));

        assertThat(store.stat("orphan.txt")).isEmpty();
        assertThat(store.list("")).isEmpty();
        assertThat(store.delete("orphan.txt")).isFalse();
    }

    @Test
    void a_corrupt_sidecar_is_recomputed() throws IOException {
        put("c.txt", "content", "text/plain");
        Files.writeString(metaFile("c.txt"), "sha256=not-a-digest\nsize=banana\n");

        assertThat(store.stat("c.txt").orElseThrow().sha256()).isEqualTo(Sha256.of("content"));
    }

    // ------------------------------------------------------------------------------------ limits

    @Test
    void a_key_cannot_be_an_object_and_a_folder_of_other_objects_at_once() {
        put("a/b", "file", null);
        put("x/y/z", "nested", null);

        assertThatThrownBy(() -> put("a/b/c", "below an object", null))
                .isInstanceOf(ObjectKeyConflictException.class)
                .hasMessageContaining("'a/b/c'")
                .hasMessageContaining("'a/b' is an object");
        assertThatThrownBy(() -> put("x/y", "above objects", null))
                .isInstanceOf(ObjectKeyConflictException.class)
                .hasMessageContaining("'x/y/'");

        assertThat(read(store.open("a/b"))).isEqualTo("file");
        assertThat(keys(store.list(""))).containsExactly("a/b", "x/y/z");
        assertThat(store.stat("x/y")).isEmpty();
        assertThat(store.delete("x/y")).isFalse();
    }

    @Test
    void delete_removes_the_directories_it_leaves_empty() {
        put("deep/er/est/file.txt", "x", null);
        put("deep/sibling.txt", "y", null);

        store.delete("deep/er/est/file.txt");

        assertThat(root.resolve("objects/deep/er")).doesNotExist();
        assertThat(root.resolve("meta/deep/er")).doesNotExist();
        assertThat(root.resolve("objects/deep/sibling.txt")).exists();
        put("deep/er", "now a file", null);
        assertThat(read(store.open("deep/er"))).isEqualTo("now a file");
    }

    @Test
    void files_whose_names_are_not_valid_keys_are_not_listed() throws IOException {
        put("ok.txt", "ok", null);
        Files.writeString(root.resolve("objects/not a key.txt"), "stray");

        assertThat(keys(store.list(""))).containsExactly("ok.txt");
    }

    @Test
    void listing_scales_to_more_keys_than_a_page_holds() {
        List<String> expected = new ArrayList<>();
        for (int course = 0; course < 22; course++) {
            for (int file = 0; file < 50; file++) {
                expected.add(String.format("courses/%03d/%03d.txt", course, file));
            }
        }
        // concurrent puts, also of keys sharing new directories
        expected.parallelStream().forEach(key -> store.put(key, InputStream.nullInputStream(), null));

        List<StoredObject> all = store.list("courses/");
        ObjectPage first = store.listPage("courses/", null, 1000);
        ObjectPage second = store.listPage("courses/", first.nextStartAfter().orElseThrow(), 1000);

        assertThat(keys(all)).isEqualTo(expected);
        assertThat(first.objects()).hasSize(1000);
        assertThat(first.nextStartAfter()).contains("courses/019/049.txt");
        assertThat(keys(second.objects())).isEqualTo(expected.subList(1000, 1100));
        assertThat(second.truncated()).isFalse();
        assertThat(keys(store.listPage("courses/01", "courses/012/049.txt", 1000).objects()))
                .isEqualTo(expected.subList(650, 1000));
    }

    // ------------------------------------------------------------------------------------ readiness

    @Test
    void check_ready_creates_the_directories_of_a_new_root() {
        store.checkReady();

        assertThat(root.resolve("objects")).isDirectory();
        assertThat(root.resolve("meta")).isDirectory();
        assertThat(root.resolve("tmp")).isDirectory().isEmptyDirectory();
    }

    @Test
    void check_ready_says_what_is_wrong_when_the_root_is_not_a_directory() throws IOException {
        Path file = Files.writeString(tempDir.resolve("a-file"), "not a directory");
        FileSystemObjectStore misconfigured = new FileSystemObjectStore(file, signer, clock);

        assertThatThrownBy(misconfigured::checkReady)
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessageContaining("file-system object store at " + file + " is not usable")
                .hasMessageContaining("not a directory");
    }

    @Test
    void check_ready_passes_again_once_the_directories_exist() {
        store.checkReady();
        assertThatCode(store::checkReady).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------------------------ download URLs

    @Test
    void download_urls_are_signed_root_relative_storage_paths() {
        URI url = store.downloadUrl("courses/1/a.mp4", Duration.ofMinutes(10));

        long expires = START.plus(Duration.ofMinutes(10)).getEpochSecond();
        assertThat(url.getPath()).isEqualTo("/storage/courses/1/a.mp4");
        assertThat(url.getQuery()).startsWith("expires=" + expires + "&signature=");
        assertThat(FileSystemObjectStore.downloadPath("courses/1/a.mp4")).isEqualTo("/storage/courses/1/a.mp4");
        assertThat(signer.verify("/storage/courses/1/a.mp4", expires, query(url).get("signature"))).isTrue();
        assertThat(signer.verify("/storage/courses/1/b.mp4", expires, query(url).get("signature"))).isFalse();
    }

    // ------------------------------------------------------------------------------------ helpers

    private Path metaFile(String key) {
        return root.resolve("meta/" + key + "@meta.properties");
    }

    private Properties sidecar(String key) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(metaFile(key), StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Map<String, String> query(URI url) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : Optional.ofNullable(url.getRawQuery()).orElse("").split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return parameters;
    }
}
