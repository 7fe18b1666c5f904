package vn.hoctap.packager.content;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A text in one or more of the platform's languages ({@code vi}, {@code km}, {@code en}), keyed by the language
 * code. Kept in language-code order so that everything written from it is deterministic.
 */
public record LocalizedText(Map<String, String> values) {

    /** The languages a course may be written in. */
    public static final Set<String> LANGUAGES = Set.of("vi", "km", "en");

    public LocalizedText {
        Objects.requireNonNull(values, "values");
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((language, text) -> copy.put(Objects.requireNonNull(language, "language"),
                Objects.requireNonNull(text, "text of " + language)));
        values = Collections.unmodifiableMap(copy);
    }

    /** No text at all. */
    public static LocalizedText empty() {
        return new LocalizedText(Map.of());
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** Text in several languages given as alternating language and text: {@code of("vi", "Xin chào", "en", "Hello")}. */
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

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text in {@code language}, if written in it. */
    public Optional<String> in(String language) {
        return Optional.ofNullable(values.get(language));
    }

    /** The text in the first of {@code languages} it is written in, else in any language, else {@code ""}. */
    public String best(java.util.List<String> languages) {
        for (String language : languages) {
            String text = values.get(language);
            if (text != null) {
                return text;
            }
        }
        return values.values().stream().findFirst().orElse("");
    }
}
