package vn.hoctap.authoring.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.detect.MediaKind;

class DeckTextsTest {

    private static final String MANIFEST = "{\"slides\":[{\"text\":\"Mật khẩu mạnh\",\"notes\":\"Hỏi học viên\"},"
            + "{\"text\":\"ពាក្យសម្ងាត់\"}]}";

    private final List<UUID> reads = new ArrayList<>();

    private Function<UUID, Optional<MediaAsset>> lookup(AssetStatus status) {
        return id -> {
            reads.add(id);
            return Optional.of(deck(id, status));
        };
    }

    @Test
    void a_ready_deck_gives_each_slides_text_and_notes_and_is_read_only_once() {
        DeckTexts texts = new DeckTexts(8);
        UUID deck = UUID.randomUUID();

        assertThat(texts.of(deck, lookup(AssetStatus.READY))).containsExactly("Mật khẩu mạnh", "Hỏi học viên",
                "ពាក្យសម្ងាត់", "");
        assertThat(texts.of(deck, lookup(AssetStatus.READY))).hasSize(4);
        assertThat(reads).containsExactly(deck);
    }

    @Test
    void a_deck_still_processing_has_no_text_yet_and_is_read_again_next_time() {
        DeckTexts texts = new DeckTexts(8);
        UUID deck = UUID.randomUUID();

        assertThat(texts.of(deck, lookup(AssetStatus.PROCESSING))).isEmpty();
        assertThat(texts.of(deck, lookup(AssetStatus.READY))).contains("Mật khẩu mạnh");
        assertThat(reads).containsExactly(deck, deck);
    }

    @Test
    void an_unknown_asset_has_no_text_and_the_least_recently_used_deck_is_forgotten_beyond_capacity() {
        DeckTexts texts = new DeckTexts(1);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        assertThat(texts.of(UUID.randomUUID(), id -> Optional.empty())).isEmpty();
        texts.of(first, lookup(AssetStatus.READY));
        texts.of(second, lookup(AssetStatus.READY));
        texts.of(first, lookup(AssetStatus.READY));
        assertThat(reads).containsExactly(first, second, first);
    }

    private static MediaAsset deck(UUID id, AssetStatus status) {
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 30, 10, 0, 0, 0, ZoneOffset.UTC);
        return new MediaAsset(id, "a".repeat(64), 1000, MediaKind.SLIDES_PPTX, "application/vnd.openxmlformats-officedocument.presentationml.presentation", Optional.of("deck.pptx"),
                "originals/" + id, status, status == AssetStatus.READY ? 100 : 40,
                status == AssetStatus.READY ? Optional.of(MANIFEST) : Optional.empty(), now, now);
    }
}
