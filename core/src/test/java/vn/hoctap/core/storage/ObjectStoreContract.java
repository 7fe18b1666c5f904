package vn.hoctap.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behaviour every {@link ObjectStore} adapter must have. A subclass provides a fresh, empty store per test and
 * the means to use a download URL.
 */
abstract class ObjectStoreContract {

    /** Larger than one S3 part (8 MiB) so that S3 uploads are multipart, and not a multiple of anything. */
    private static final long LARGE_SIZE = 10L * 1024 * 1024 + 12_345;

    private static final PseudoRandomContent MEDIUM = new PseudoRandomContent(7, 300_001);

    protected ObjectStore store;

    /** A new store with no objects; called before each test. */
    protected abstract ObjectStore createStore() throws Exception;

    /** Releases what {@link #createStore()} created; called after each test. */
    protected void closeStore(ObjectStore store) throws Exception {
    }

    /** The outcome of fetching a download URL the way a browser would. */
    protected record Download(int status, String sha256) {
    }

    /** Fetches {@code url} as a browser would, reporting the HTTP status and the SHA-256 of the body on 200. */
    protected abstract Download download(URI url) throws Exception;

    /** Lets enough time pass (really, or on the store's clock) for a URL with this ttl to expire. */
    protected abstract void letTimePass(Duration ttl) throws Exception;

    @BeforeEach
    void createTheStore() throws Exception {
        store = createStore();
    }

    @AfterEach
    void closeTheStore() throws Exception {
        closeStore(store);
    }

    // ------------------------------------------------------------------------------------ put, stat, open

    @Test
    void put_records_sha256_and_size_of_the_streamed_bytes() {
        PseudoRandomContent content = new PseudoRandomContent(42, LARGE_SIZE);

        StoredObject stored = store.put("videos/large.bin", content.stream(), "application/octet-stream");

        assertThat(stored.key()).isEqualTo("videos/large.bin");
        assertThat(stored.size()).isEqualTo(LARGE_SIZE);
        assertThat(stored.sha256()).isEqualTo(content.sha256());
        assertThat(store.stat("videos/large.bin")).contains(stored);
    }

    @Test
    void a_multi_mebibyte_object_reads_back_byte_for_byte() {
        PseudoRandomContent content = new PseudoRandomContent(43, LARGE_SIZE);
        store.put("videos/large.bin", content.stream(), "video/mp4");

        assertThat(Sha256.of(store.open("videos/large.bin"))).isEqualTo(content.sha256());
    }

    @Test
    void put_records_the_content_type_without_optional_spaces_and_a_utc_modification_time() {
        StoredObject stored = put("docs/readme.txt", "hello", "text/plain; charset=utf-8");

        StoredObject stat = store.stat("docs/readme.txt").orElseThrow();
        assertThat(stat.contentType()).isEqualTo("text/plain;charset=utf-8");
        assertThat(stored.contentType()).isEqualTo("text/plain;charset=utf-8");
        assertThat(stat.lastModified().getOffset()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(stat.lastModified()).isEqualTo(stored.lastModified());
    }

    @Test
    void put_without_a_content_type_records_application_octet_stream() {
        put("blob", "bytes", null);

        assertThat(store.stat("blob").orElseThrow().contentType()).isEqualTo(ObjectStore.DEFAULT_CONTENT_TYPE);
    }

    @Test
    void put_rejects_a_content_type_with_control_characters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> store.put("blob", stream("x"), "text/plain\r\nX-Injected: 1"));
        assertThat(store.exists("blob")).isFalse();
    }

    @Test
    void an_empty_object_can_be_stored_and_read() {
        StoredObject stored = store.put("empty.txt", InputStream.nullInputStream(), "text/plain");

        assertThat(stored.size()).isZero();
        assertThat(stored.sha256()).isEqualTo(Sha256.OF_NOTHING);
        assertThat(Sha256.of(store.open("empty.txt"))).isEqualTo(Sha256.OF_NOTHING);
    }

    @Test
    void put_leaves_the_content_stream_open_for_its_caller_to_close() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream content = new ByteArrayInputStream("content".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        store.put("a.txt", content, "text/plain");

        assertThat(closed).isFalse();
    }

    @Test
    void put_overwrites_an_existing_object() {
        put("notes/today.txt", "first version", "text/plain");

        StoredObject second = put("notes/today.txt", "second, longer version", "text/markdown");

        assertThat(store.stat("notes/today.txt")).contains(second);
        assertThat(second.sha256()).isEqualTo(Sha256.of("second, longer version"));
        assertThat(second.contentType()).isEqualTo("text/markdown");
        assertThat(read(store.open("notes/today.txt"))).isEqualTo("second, longer version");
        assertThat(store.list("")).extracting(StoredObject::key).containsExactly("notes/today.txt");
    }

    @Test
    void stat_of_a_missing_key_is_empty() {
        put("present", "x", null);

        assertThat(store.stat("absent")).isEmpty();
        assertThat(store.stat("present/below")).isEmpty();
        assertThat(store.exists("absent")).isFalse();
        assertThat(store.exists("present")).isTrue();
    }

    @Test
    void open_of_a_missing_key_throws_object_not_found_naming_the_key() {
        assertThatThrownBy(() -> store.open("missing/key.bin"))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining("missing/key.bin")
                .extracting(e -> ((ObjectNotFoundException) e).key()).isEqualTo("missing/key.bin");
        assertThatThrownBy(() -> store.open("missing/key.bin", ByteRange.of(0, 9)))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    // ------------------------------------------------------------------------------------ ranges

    @Test
    void a_range_from_the_first_byte_returns_exactly_those_bytes() {
        store.put("medium.bin", MEDIUM.stream(), null);

        assertThat(readBytes(store.open("medium.bin", ByteRange.of(0, 99)))).isEqualTo(MEDIUM.bytes(0, 100));
        assertThat(readBytes(store.open("medium.bin", ByteRange.of(0, 0)))).isEqualTo(MEDIUM.bytes(0, 1));
    }

    @Test
    void a_range_in_the_middle_returns_exactly_those_bytes() {
        store.put("medium.bin", MEDIUM.stream(), null);

        assertThat(readBytes(store.open("medium.bin", ByteRange.of(123_456, 200_000))))
                .isEqualTo(MEDIUM.bytes(123_456, 200_000 - 123_456 + 1));
    }

    @Test
    void an_open_ended_range_runs_to_the_last_byte() {
        store.put("medium.bin", MEDIUM.stream(), null);

        assertThat(readBytes(store.open("medium.bin", ByteRange.startingAt(300_000))))
                .isEqualTo(MEDIUM.bytes(300_000, 1));
        assertThat(readBytes(store.open("medium.bin", ByteRange.startingAt(250_000))))
                .isEqualTo(MEDIUM.bytes(250_000, 50_001));
    }

    @Test
    void a_suffix_range_returns_the_last_bytes() {
        store.put("medium.bin", MEDIUM.stream(), null);

        assertThat(readBytes(store.open("medium.bin", ByteRange.suffix(1000))))
                .isEqualTo(MEDIUM.bytes(MEDIUM.size() - 1000, 1000));
    }

    @Test
    void a_suffix_longer_than_the_object_returns_the_whole_object() {
        put("small.txt", "0123456789", null);

        assertThat(read(store.open("small.txt", ByteRange.suffix(50)))).isEqualTo("0123456789");
    }

    @Test
    void a_last_byte_beyond_the_end_is_clamped_to_the_end() {
        put("small.txt", "0123456789", null);

        assertThat(read(store.open("small.txt", ByteRange.of(7, 1_000)))).isEqualTo("789");
    }

    @Test
    void a_range_starting_at_or_beyond_the_end_throws_invalid_range() {
        put("small.txt", "0123456789", null);

        assertThatThrownBy(() -> store.open("small.txt", ByteRange.startingAt(10)))
                .isInstanceOf(InvalidRangeException.class)
                .hasMessageContaining("10 bytes");
        assertThatThrownBy(() -> store.open("small.txt", ByteRange.of(20, 30)))
                .isInstanceOf(InvalidRangeException.class);
    }

    @Test
    void no_range_of_an_empty_object_is_satisfiable() {
        store.put("empty", InputStream.nullInputStream(), null);

        assertThatThrownBy(() -> store.open("empty", ByteRange.startingAt(0)))
                .isInstanceOf(InvalidRangeException.class);
        assertThatThrownBy(() -> store.open("empty", ByteRange.suffix(1)))
                .isInstanceOf(InvalidRangeException.class);
    }

    @Test
    void a_range_of_a_multi_mebibyte_object_crosses_part_boundaries_correctly() {
        PseudoRandomContent content = new PseudoRandomContent(44, LARGE_SIZE);
        store.put("large.bin", content.stream(), null);
        long eightMiB = 8L * 1024 * 1024;

        assertThat(readBytes(store.open("large.bin", ByteRange.of(eightMiB - 500, eightMiB + 499))))
                .isEqualTo(content.bytes(eightMiB - 500, 1000));
    }

    // ------------------------------------------------------------------------------------ listing

    /**
     * The prefix is a plain string prefix, as in S3: "a/b" also matches "a/bc/3.txt" and "a/bd"; "a/b/" does
     * not. Keys are sorted as strings, so "a-b" ('-' is 0x2D) comes before "a/..." ('/' is 0x2F).
     */
    @Test
    void list_returns_the_keys_starting_with_the_prefix_sorted_as_strings() {
        for (String key : List.of("b/4.txt", "a/bd", "a/b/2/deep.txt", "a-b", "a/bc/3.txt", "a/b/1.txt")) {
            put(key, key, "text/plain");
        }

        assertThat(keys(store.list("a/b/"))).containsExactly("a/b/1.txt", "a/b/2/deep.txt");
        assertThat(keys(store.list("a/b"))).containsExactly("a/b/1.txt", "a/b/2/deep.txt", "a/bc/3.txt", "a/bd");
        assertThat(keys(store.list("a"))).containsExactly(
                "a-b", "a/b/1.txt", "a/b/2/deep.txt", "a/bc/3.txt", "a/bd");
        assertThat(keys(store.list("a/b/2/deep.txt"))).containsExactly("a/b/2/deep.txt");
        assertThat(keys(store.list(""))).containsExactly(
                "a-b", "a/b/1.txt", "a/b/2/deep.txt", "a/bc/3.txt", "a/bd", "b/4.txt");
    }

    @Test
    void list_of_a_prefix_without_objects_is_empty() {
        put("a/b/1.txt", "1", null);

        assertThat(store.list("c/")).isEmpty();
        assertThat(store.list("a/b/1.txt/")).isEmpty();
        assertThat(store.list("a/x")).isEmpty();
    }

    @Test
    void list_of_an_empty_store_is_empty() {
        assertThat(store.list("")).isEmpty();
        assertThat(store.listPage("", null, 10).truncated()).isFalse();
    }

    @Test
    void listed_objects_carry_the_same_values_as_stat() {
        put("x/one.txt", "one", "text/plain");
        put("x/two.json", "{\"two\":2}", "application/json");

        List<StoredObject> listed = store.list("x/");

        assertThat(listed).containsExactly(
                store.stat("x/one.txt").orElseThrow(), store.stat("x/two.json").orElseThrow());
        assertThat(listed.get(1).sha256()).isEqualTo(Sha256.of("{\"two\":2}"));
        assertThat(listed.get(1).size()).isEqualTo(9);
    }

    @Test
    void list_pages_follow_each_other_without_gaps_or_repeats() {
        List<String> expected = IntStream.range(0, 25).mapToObj(i -> String.format("p/%02d.txt", i)).toList();
        for (int i = expected.size() - 1; i >= 0; i--) {
            put(expected.get(i), expected.get(i), null);
        }
        put("q/other.txt", "not listed", null);

        List<String> listed = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        Optional<String> startAfter = Optional.empty();
        do {
            ObjectPage page = store.listPage("p/", startAfter.orElse(null), 10);
            listed.addAll(keys(page.objects()));
            pageSizes.add(page.objects().size());
            startAfter = page.nextStartAfter();
        } while (startAfter.isPresent());

        assertThat(listed).isEqualTo(expected);
        assertThat(pageSizes).containsExactly(10, 10, 5);
        assertThat(store.listPage("p/", "p/19.txt", 10).objects()).extracting(StoredObject::key)
                .containsExactly("p/20.txt", "p/21.txt", "p/22.txt", "p/23.txt", "p/24.txt");
    }

    @Test
    void list_page_limits_outside_1_to_1000_are_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> store.listPage("", null, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> store.listPage("", null, 1001));
    }

    // ------------------------------------------------------------------------------------ delete

    @Test
    void delete_removes_the_object_and_reports_it() {
        put("d/gone.txt", "bye", null);
        put("d/kept.txt", "stay", null);

        assertThat(store.delete("d/gone.txt")).isTrue();

        assertThat(store.stat("d/gone.txt")).isEmpty();
        assertThatThrownBy(() -> store.open("d/gone.txt")).isInstanceOf(ObjectNotFoundException.class);
        assertThat(keys(store.list(""))).containsExactly("d/kept.txt");
    }

    @Test
    void delete_of_a_missing_key_returns_false() {
        assertThat(store.delete("never/stored")).isFalse();
        put("once", "x", null);
        store.delete("once");
        assertThat(store.delete("once")).isFalse();
    }

    @Test
    void a_deleted_key_can_be_stored_again() {
        put("again/file.txt", "1", null);
        store.delete("again/file.txt");

        put("again/file.txt", "2", null);

        assertThat(read(store.open("again/file.txt"))).isEqualTo("2");
    }

    // ------------------------------------------------------------------------------------ keys

    static Stream<String> invalidKeys() {
        return Stream.of("", "/leading", "trailing/", "double//slash", "dot/./segment", "../escape", "a/..",
                ".", "with space", "back\\slash", "umlaut-\u00e4", "new\nline", "colon:x", "question?", "hash#",
                "x".repeat(ObjectKeys.MAX_LENGTH + 1));
    }

    @ParameterizedTest
    @MethodSource("invalidKeys")
    void every_operation_rejects_an_invalid_key_before_doing_anything(String key) {
        InputStream mustNotBeRead = new FailingInputStream(InputStream.nullInputStream(), 0);

        assertThatThrownBy(() -> store.put(key, mustNotBeRead, null)).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.stat(key)).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.open(key, ByteRange.of(0, 1))).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.downloadUrl(key, Duration.ofMinutes(1)))
                .isInstanceOf(InvalidObjectKeyException.class);
        assertThat(store.list("")).isEmpty();
    }

    @Test
    void an_invalid_key_is_named_in_the_message_with_the_broken_rule() {
        assertThatThrownBy(() -> store.put("a//b", stream("x"), null))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessageContaining("'a//b'")
                .hasMessageContaining("empty segment");
    }

    @Test
    void list_rejects_an_invalid_prefix() {
        assertThatThrownBy(() -> store.list("/a")).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.list("a/../")).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.list(null)).isInstanceOf(InvalidObjectKeyException.class);
    }

    // ------------------------------------------------------------------------------------ failures

    @Test
    void a_failing_content_stream_leaves_the_previous_object_intact() {
        StoredObject previous = put("report.pdf", "the previous, complete version", "application/pdf");
        PseudoRandomContent next = new PseudoRandomContent(45, LARGE_SIZE);

        assertThatThrownBy(() -> store.put("report.pdf", new FailingInputStream(next.stream(), 3 * 1024 * 1024),
                "application/pdf"))
                .isInstanceOf(ContentReadException.class)
                .hasMessageContaining("report.pdf")
                .hasRootCauseMessage("simulated failure of the content stream");

        assertThat(store.stat("report.pdf")).contains(previous);
        assertThat(read(store.open("report.pdf"))).isEqualTo("the previous, complete version");
        assertThat(keys(store.list(""))).containsExactly("report.pdf");
    }

    @Test
    void a_failing_content_stream_stores_nothing_under_a_new_key() {
        PseudoRandomContent content = new PseudoRandomContent(46, LARGE_SIZE);

        assertThatThrownBy(() -> store.put("new/key.bin", new FailingInputStream(content.stream(), 9 * 1024 * 1024),
                null))
                .isInstanceOf(ContentReadException.class);

        assertThat(store.stat("new/key.bin")).isEmpty();
        assertThatThrownBy(() -> store.open("new/key.bin")).isInstanceOf(ObjectNotFoundException.class);
        assertThat(store.list("")).isEmpty();
    }

    @Test
    void readers_see_the_old_or_the_new_object_but_never_a_mix_during_overwrites() throws Exception {
        PseudoRandomContent first = new PseudoRandomContent(1, 600_000);
        PseudoRandomContent second = new PseudoRandomContent(2, 900_000);
        Set<String> versions = Set.of(first.sha256(), second.sha256());
        store.put("busy.bin", first.stream(), null);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 6; i++) {
                store.put("busy.bin", (i % 2 == 0 ? second : first).stream(), null);
            }
        });
        int reads = 0;
        while (!writer.isDone() || reads < 3) {
            assertThat(Sha256.of(store.open("busy.bin"))).isIn(versions);
            StoredObject stat = store.stat("busy.bin").orElseThrow();
            assertThat(stat.sha256()).isIn(versions);
            assertThat(stat.size()).isEqualTo(stat.sha256().equals(first.sha256()) ? first.size() : second.size());
            reads++;
        }
        writer.get(30, TimeUnit.SECONDS);
    }

    // ------------------------------------------------------------------------------------ download URLs

    @Test
    void a_download_url_serves_the_object() throws Exception {
        PseudoRandomContent content = new PseudoRandomContent(47, 1_000_003);
        store.put("courses/1/video.mp4", content.stream(), "video/mp4");

        URI url = store.downloadUrl("courses/1/video.mp4", Duration.ofMinutes(5));

        assertThat(download(url)).isEqualTo(new Download(200, content.sha256()));
    }

    @Test
    void a_download_url_of_a_missing_key_answers_not_found() throws Exception {
        URI url = store.downloadUrl("not/there.txt", Duration.ofMinutes(5));

        assertThat(download(url).status()).isEqualTo(404);
    }

    @Test
    void a_download_url_stops_working_after_its_ttl() throws Exception {
        put("short/lived.txt", "soon gone", "text/plain");
        URI url = store.downloadUrl("short/lived.txt", Duration.ofSeconds(1));

        letTimePass(Duration.ofSeconds(1));

        assertThat(download(url).status()).isEqualTo(403);
    }

    @Test
    void a_download_url_needs_a_ttl_between_one_second_and_seven_days() {
        assertThatIllegalArgumentException().isThrownBy(() -> store.downloadUrl("k", Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> store.downloadUrl("k", Duration.ofMillis(999)));
        assertThatIllegalArgumentException().isThrownBy(() -> store.downloadUrl("k", Duration.ofDays(7).plusSeconds(1)));
        assertThatCode(() -> store.downloadUrl("k", Duration.ofDays(7))).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------------------------ readiness

    @Test
    void a_usable_store_is_ready() {
        assertThatCode(store::checkReady).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------------------------ helpers

    protected StoredObject put(String key, String text, String contentType) {
        return store.put(key, stream(text), contentType);
    }

    protected static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    protected static String read(InputStream in) {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    protected static byte[] readBytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected static List<String> keys(List<StoredObject> objects) {
        return objects.stream().map(StoredObject::key).toList();
    }
}
