package vn.hoctap.lrs.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.json.JsonPaths;

/**
 * Collects the violations of one validation run and offers the checks shared by all xAPI objects: JSON types,
 * allowed and required properties, {@code null} values, and the xAPI value formats. Every check records what it
 * finds and carries on, so that a run reports every problem, each with its JSON path.
 *
 * <p>Property checks take the object, the object's path and the property name; a property that is absent or
 * {@code null} is skipped by the format checks (absence is reported by {@link #required}, {@code null} by
 * {@link #onlyProperties}). Not thread-safe: one instance per run.
 */
final class Checks {

    private final XapiVersion version;
    private final List<Violation> violations = new ArrayList<>();

    Checks(XapiVersion version) {
        this.version = Objects.requireNonNull(version, "version");
    }

    XapiVersion version() {
        return version;
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    void add(String path, String message) {
        violations.add(new Violation(path, message));
    }

    /** The value of {@code name} when present and not JSON {@code null}, else Java {@code null}. */
    static JsonNode value(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** Whether {@code object.name} is the string {@code expected}. */
    static boolean hasText(JsonNode object, String name, String expected) {
        JsonNode value = value(object, name);
        return value != null && value.isTextual() && value.textValue().equals(expected);
    }

    /** "a string", "a number", "an object", ... for messages. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
        };
    }

    /**
     * Checks that {@code node} is a JSON object.
     *
     * @param expected what should be there, such as "an Agent or Group object"
     * @return whether it is an object (only then should its properties be checked)
     */
    boolean isObject(JsonNode node, String path, String expected) {
        if (node.isObject()) {
            return true;
        }
        add(path, "must be " + expected + ", not " + describe(node));
        return false;
    }

    /** Checks that {@code node} is a JSON array; see {@link #isObject}. */
    boolean isArray(JsonNode node, String path, String expected) {
        if (node.isArray()) {
            return true;
        }
        add(path, "must be " + expected + ", not " + describe(node));
        return false;
    }

    /**
     * Reports every property of {@code object} that is not in {@code allowed} (names are case-sensitive) and every
     * allowed property whose value is {@code null}.
     *
     * @param owner            what the object is, such as "an Agent", for the message
     * @param reportedElsewhere names the caller reports itself when present (neither unknown nor null is reported)
     */
    void onlyProperties(JsonNode object, String path, List<String> allowed, String owner,
            String... reportedElsewhere) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String fieldPath = JsonPaths.property(path, field.getKey());
            if (List.of(reportedElsewhere).contains(field.getKey())) {
                continue;
            }
            if (!allowed.contains(field.getKey())) {
                add(fieldPath, "is not a property of " + owner + "; allowed are " + String.join(", ", allowed)
                        + " (names are case-sensitive)");
            } else if (field.getValue().isNull()) {
                add(fieldPath, "must not be null; leave the property out instead (only extension values may be null)");
            }
        }
    }

    /** Reports {@code name} missing from {@code object}; {@code why} completes "is required". */
    void required(JsonNode object, String path, String name, String why) {
        if (!object.has(name)) {
            add(JsonPaths.property(path, name), "is required" + (why.isEmpty() ? "" : ": " + why));
        }
    }

    /**
     * Checks that {@code object.name}, if present, is a string.
     *
     * @return the string, or null when absent, null or not a string
     */
    String string(JsonNode object, String path, String name) {
        JsonNode value = value(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            add(JsonPaths.property(path, name), "must be a string, not " + describe(value));
            return null;
        }
        return value.textValue();
    }

    /** Checks that {@code object.name}, if present, is {@code true} or {@code false} (not a string). */
    void bool(JsonNode object, String path, String name) {
        JsonNode value = value(object, name);
        if (value != null && !value.isBoolean()) {
            add(JsonPaths.property(path, name), "must be true or false (a JSON boolean), not " + describe(value));
        }
    }

    /** Checks that {@code object.name}, if present, is an absolute IRI; {@code example} is shown in the message. */
    void iri(JsonNode object, String path, String name, String example) {
        String text = string(object, path, name);
        if (text != null && !Iris.isAbsoluteIri(text)) {
            add(JsonPaths.property(path, name), "must be an absolute IRI (with a scheme) such as " + example);
        }
    }

    /** Checks that {@code object.name}, if present, is an IRL (an absolute, resolvable IRI). */
    void irl(JsonNode object, String path, String name, String example) {
        String text = string(object, path, name);
        if (text != null && !Iris.isAbsoluteIri(text)) {
            add(JsonPaths.property(path, name), "must be an absolute IRL (with a scheme) such as " + example);
        }
    }

    /** Checks that {@code object.name}, if present, is a UUID. */
    void uuid(JsonNode object, String path, String name) {
        String text = string(object, path, name);
        if (text != null && !Uuids.isValid(text)) {
            add(JsonPaths.property(path, name),
                    "must be a UUID in standard form, such as 3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f");
        }
    }

    /** Checks that {@code object.name}, if present, is a Timestamp of the run's xAPI version. */
    void timestamp(JsonNode object, String path, String name) {
        String text = string(object, path, name);
        if (text != null && !Timestamps.isValid(text, version)) {
            add(JsonPaths.property(path, name), "must be " + Timestamps.expectedFormat(version)
                    + "; -00:00 is not accepted as an offset");
        }
    }

    /** Checks that {@code object.name}, if present, is an RFC 5646 language tag. */
    void languageTag(JsonNode object, String path, String name) {
        String text = string(object, path, name);
        if (text != null && !LanguageTags.isValid(text)) {
            add(JsonPaths.property(path, name), "must be an RFC 5646 language tag such as vi, km-KH or en-US");
        }
    }

    /**
     * Checks that {@code object.name}, if present, is a language map: an object whose keys are RFC 5646 language
     * tags and whose values are strings.
     */
    void languageMap(JsonNode object, String path, String name) {
        JsonNode map = value(object, name);
        if (map == null) {
            return;
        }
        String mapPath = JsonPaths.property(path, name);
        if (!isObject(map, mapPath, "a language map such as {\"vi\": \"đã hoàn thành\", \"en\": \"completed\"}")) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            String entryPath = JsonPaths.property(mapPath, entry.getKey());
            if (!LanguageTags.isValid(entry.getKey())) {
                add(entryPath, "is not an RFC 5646 language tag; language map keys are tags such as vi, km-KH "
                        + "or en-US");
            }
            if (!entry.getValue().isTextual()) {
                add(entryPath, "must be a string (the text in that language), not " + describe(entry.getValue()));
            }
        }
    }

    /**
     * Checks that {@code object.name}, if present, is an extensions map: an object whose keys are absolute IRIs;
     * its values may be any JSON value, {@code null} included, and are not checked.
     */
    void extensions(JsonNode object, String path, String name) {
        JsonNode map = value(object, name);
        if (map == null) {
            return;
        }
        String mapPath = JsonPaths.property(path, name);
        if (!isObject(map, mapPath, "an extensions object whose keys are IRIs")) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            String key = entry.getKey();
            if (!Iris.isAbsoluteIri(key)) {
                add(JsonPaths.property(mapPath, key), "is not an absolute IRI; extension keys must be IRIs such as "
                        + "https://example.org/xapi/extensions/lesson-level");
            }
        }
    }
}
