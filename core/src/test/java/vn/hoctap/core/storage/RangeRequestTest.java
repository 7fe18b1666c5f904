package vn.hoctap.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RangeRequestTest {

    private static final String ETAG = "\"" + "a".repeat(64) + "\"";

    @Test
    void no_range_sends_the_whole_file() {
        RangeRequest answer = RangeRequest.decide(1000, ETAG, null, null, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentRange(1000)).isEmpty();
    }

    @Test
    void a_range_from_the_middle_sends_the_rest_with_its_content_range() {
        RangeRequest answer = RangeRequest.decide(1000, ETAG, null, "bytes=500-", null);
        assertThat(answer.status()).isEqualTo(206);
        assertThat(answer.resolved().orElseThrow().length()).isEqualTo(500);
        assertThat(answer.contentRange(1000)).contains("bytes 500-999/1000");
    }

    @Test
    void a_suffix_range_and_a_last_byte_beyond_the_end_are_clamped() {
        assertThat(RangeRequest.decide(1000, ETAG, null, "bytes=-100", null).contentRange(1000))
                .contains("bytes 900-999/1000");
        assertThat(RangeRequest.decide(1000, ETAG, null, "bytes=990-5000", null).contentRange(1000))
                .contains("bytes 990-999/1000");
    }

    @Test
    void a_range_starting_at_the_end_is_not_satisfiable() {
        RangeRequest answer = RangeRequest.decide(1000, ETAG, null, "bytes=1000-", null);
        assertThat(answer.status()).isEqualTo(416);
        assertThat(answer.contentRange(1000)).contains("bytes */1000");
    }

    @Test
    void if_range_with_the_current_etag_keeps_the_range_and_with_another_sends_everything() {
        assertThat(RangeRequest.decide(1000, ETAG, null, "bytes=10-19", ETAG).status()).isEqualTo(206);
        assertThat(RangeRequest.decide(1000, ETAG, null, "bytes=10-19", "\"old\"").status()).isEqualTo(200);
        assertThat(RangeRequest.decide(1000, ETAG, null, "bytes=10-19", "Mon, 30 Nov 2026 10:00:00 GMT").status())
                .isEqualTo(200);
    }

    @Test
    void several_ranges_or_another_unit_are_ignored_and_everything_is_sent() {
        assertThat(RangeRequest.decide(1000, ETAG, null, "bytes=0-1,5-6", null).status()).isEqualTo(200);
        assertThat(RangeRequest.decide(1000, ETAG, null, "items=0-1", null).status()).isEqualTo(200);
    }

    @Test
    void if_none_match_with_the_etag_answers_not_modified() {
        assertThat(RangeRequest.decide(1000, ETAG, "\"x\", " + ETAG, null, null).status()).isEqualTo(304);
        assertThat(RangeRequest.decide(1000, ETAG, "\"x\"", null, null).status()).isEqualTo(200);
        assertThat(RangeRequest.decide(1000, ETAG, "W/" + ETAG, null, null).status()).isEqualTo(304);
        assertThat(RangeRequest.decide(1000, ETAG, "*", null, null).status()).isEqualTo(304);
    }

    @Test
    void if_none_match_compares_weakly_whichever_side_is_weak() {
        assertThat(RangeRequest.noneMatchNames("W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(RangeRequest.noneMatchNames("\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(RangeRequest.noneMatchNames("\"x\", W/\"abc\"", "\"abc\"")).isTrue();
        assertThat(RangeRequest.noneMatchNames("\"abd\"", "W/\"abc\"")).isFalse();
        assertThat(RangeRequest.noneMatchNames(null, "\"abc\"")).isFalse();
    }
}
