package vn.hoctap.samples.outline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A text with one variant per language code ({@code vi}, {@code km}, {@code en}); read from a JSON object. */
public record Text(Map<String, String> variants) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Text {
        variants = Map.copyOf(variants);
    }

    /** The variant in {@code language}, or the variant in {@code fallback} when there is none. */
    public String in(String language, String fallback) {
        String text = variants.get(language);
        return text != null ? text : Objects.requireNonNull(variants.get(fallback),
                () -> "no text in " + language + " nor in " + fallback + ": " + variants);
    }

    /** The variant in {@code language}; fails when there is none. */
    public String in(String language) {
        return in(language, language);
    }

    public boolean has(String language) {
        return variants.containsKey(language);
    }

    @JsonValue
    public Map<String, String> sorted() {
        return new TreeMap<>(variants);
    }
}
