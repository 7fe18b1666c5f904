package vn.hoctap.authoring.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import vn.hoctap.core.error.ApiError.Violation;

/**
 * A text a learner sees, with a variant per language: {@code {"vi": "Kỹ năng số", "km": "...", "en": "Digital
 * skills"}}. In JSON it is that object. Languages are kept in code order so that snapshots are deterministic.
 * Unknown language codes are kept on reading and reported by {@link #violations}.
 */
public record LocalizedText(Map<String, String> values) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        TreeMap<String, String> copy = new TreeMap<>();
        if (values != null) {
            values.forEach((language, text) -> {
                if (language != null && text != null) {
                    copy.put(language, text);
                }
            });
        }
        values = Collections.unmodifiableMap(copy);
    }

    @JsonValue
    @Override
    public Map<String, String> values() {
        return values;
    }

    public static LocalizedText empty() {
        return new LocalizedText(Map.of());
    }

    /** Text given as alternating language and text: {@code of("vi", "Xin chào", "en", "Hello")}. */
    public static LocalizedText of(String... languageTextPairs) {
        if (languageTextPairs.length % 2 != 0) {
            throw new IllegalArgumentException("give language and text pairs");
        }
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < languageTextPairs.length; i += 2) {
            map.put(languageTextPairs[i], languageTextPairs[i + 1]);
        }
        return new LocalizedText(map);
    }

    /** A null text read from JSON counts as empty. */
    public static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? empty() : text;
    }

    /** True when no language has non-blank text. */
    public boolean isBlank() {
        return values.values().stream().allMatch(String::isBlank);
    }

    public Optional<String> in(String language) {
        return Optional.ofNullable(values.get(language));
    }

    /** Every variant, in language-code order. */
    public List<String> variants() {
        return List.copyOf(values.values());
    }

    /** The same languages with each text transformed (sanitised HTML, stripped whitespace...). */
    public LocalizedText map(UnaryOperator<String> transform) {
        TreeMap<String, String> mapped = new TreeMap<>();
        values.forEach((language, text) -> mapped.put(language, transform.apply(text)));
        return new LocalizedText(mapped);
    }

    /**
     * The rules a localized text breaks: unknown languages, a variant longer than {@code maxLength}, and, when
     * {@code required}, no non-blank variant at all. Paths are {@code path} and {@code path.<language>}.
     */
    public static List<Violation> violations(LocalizedText text, String path, boolean required, int maxLength) {
        List<Violation> found = new ArrayList<>();
        LocalizedText value = orEmpty(text);
        value.values.forEach((language, variant) -> {
            if (!Language.isSupported(language)) {
                found.add(new Violation(path + "." + language, "unknown language: use " + Language.CODES));
            } else if (variant.length() > maxLength) {
                found.add(new Violation(path + "." + language, "must be at most " + maxLength + " characters"));
            }
        });
        boolean anySupported = value.values.entrySet().stream()
                .anyMatch(e -> Language.isSupported(e.getKey()) && !e.getValue().isBlank());
        if (required && !anySupported) {
            found.add(new Violation(path, "must have text in at least one of " + Language.CODES));
        }
        return found;
    }
}
