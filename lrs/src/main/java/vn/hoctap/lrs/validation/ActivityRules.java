package vn.hoctap.lrs.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.lrs.json.JsonPaths;

/**
 * The rules for Activities and Activity Definitions (xAPI Data 2.4.4.1), including interaction Activities: the
 * interaction type, the correct responses pattern and the interaction components, and which components each
 * interaction type may use.
 */
final class ActivityRules {

    static final String ACTIVITY_ID_EXAMPLE = "https://hoctap.example.org/xapi/activities/bai-hoc-1";

    private static final List<String> ACTIVITY_PROPERTIES = List.of("objectType", "id", "definition");
    private static final List<String> DEFINITION_PROPERTIES = List.of("name", "description", "type", "moreInfo",
            "extensions", "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target",
            "steps");
    private static final List<String> COMPONENT_PROPERTIES = List.of("id", "description");
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");

    /** The interaction types and the component lists each may use (xAPI Data 2.4.4.1, interaction components). */
    private static final Map<String, List<String>> COMPONENTS_BY_INTERACTION_TYPE = Map.of(
            "true-false", List.of(),
            "choice", List.of("choices"),
            "fill-in", List.of(),
            "long-fill-in", List.of(),
            "matching", List.of("source", "target"),
            "performance", List.of("steps"),
            "sequencing", List.of("choices"),
            "likert", List.of("scale"),
            "numeric", List.of(),
            "other", List.of());

    private static final String INTERACTION_TYPES =
            "true-false, choice, fill-in, long-fill-in, matching, performance, sequencing, likert, numeric or other";

    private ActivityRules() {
    }

    /**
     * Validates the Activity {@code node} at {@code path}; its objectType, if present, must be "Activity" (the
     * caller has decided that this node is meant as an Activity).
     */
    static void validate(JsonNode node, String path, Checks checks) {
        if (!checks.isObject(node, path, "an Activity object such as {\"id\": \"" + ACTIVITY_ID_EXAMPLE + "\"}")) {
            return;
        }
        checks.onlyProperties(node, path, ACTIVITY_PROPERTIES, "an Activity");
        JsonNode type = Checks.value(node, "objectType");
        if (type != null && !Checks.hasText(node, "objectType", "Activity")) {
            checks.add(JsonPaths.property(path, "objectType"), "must be \"Activity\" (case-sensitive) or left out");
        }
        checks.required(node, path, "id", "the IRI that identifies the Activity");
        checks.iri(node, path, "id", ACTIVITY_ID_EXAMPLE);
        JsonNode definition = Checks.value(node, "definition");
        if (definition != null) {
            validateDefinition(definition, JsonPaths.property(path, "definition"), checks);
        }
    }

    private static void validateDefinition(JsonNode definition, String path, Checks checks) {
        if (!checks.isObject(definition, path, "an Activity Definition object")) {
            return;
        }
        checks.onlyProperties(definition, path, DEFINITION_PROPERTIES, "an Activity Definition");
        checks.languageMap(definition, path, "name");
        checks.languageMap(definition, path, "description");
        checks.iri(definition, path, "type", "http://adlnet.gov/expapi/activities/lesson");
        checks.irl(definition, path, "moreInfo", "https://hoctap.example.org/courses/bai-hoc-1");
        checks.extensions(definition, path, "extensions");
        validateInteraction(definition, path, checks);
    }

    private static void validateInteraction(JsonNode definition, String path, Checks checks) {
        String interactionType = checks.string(definition, path, "interactionType");
        List<String> allowedComponents = null;
        if (interactionType != null) {
            allowedComponents = COMPONENTS_BY_INTERACTION_TYPE.get(interactionType);
            if (allowedComponents == null) {
                checks.add(JsonPaths.property(path, "interactionType"),
                        "must be one of " + INTERACTION_TYPES + " (case-sensitive)");
            }
        }
        JsonNode pattern = Checks.value(definition, "correctResponsesPattern");
        if (pattern != null) {
            validateCorrectResponsesPattern(pattern, JsonPaths.property(path, "correctResponsesPattern"), checks);
        }
        boolean interactionPropertiesUsed = definition.has("correctResponsesPattern");
        for (String list : COMPONENT_LISTS) {
            interactionPropertiesUsed |= definition.has(list);
            JsonNode components = Checks.value(definition, list);
            if (components == null) {
                continue;
            }
            String listPath = JsonPaths.property(path, list);
            validateComponents(components, listPath, checks);
            if (allowedComponents != null && !allowedComponents.contains(list)) {
                checks.add(listPath, "is not used by interactionType \"" + interactionType + "\"; "
                        + (allowedComponents.isEmpty() ? "it uses no interaction components"
                                : "it uses " + String.join(" and ", allowedComponents)));
            }
        }
        if (interactionPropertiesUsed && !definition.has("interactionType")) {
            checks.add(JsonPaths.property(path, "interactionType"), "is required when correctResponsesPattern, "
                    + "choices, scale, source, target or steps is used: one of " + INTERACTION_TYPES);
        }
    }

    private static void validateCorrectResponsesPattern(JsonNode pattern, String path, Checks checks) {
        if (!checks.isArray(pattern, path, "an array of strings such as [\"golf[,]tetris\"]")) {
            return;
        }
        for (int i = 0; i < pattern.size(); i++) {
            JsonNode response = pattern.get(i);
            if (!response.isTextual()) {
                checks.add(JsonPaths.index(path, i), "must be a string, not " + Checks.describe(response));
            }
        }
    }

    private static void validateComponents(JsonNode components, String path, Checks checks) {
        if (!checks.isArray(components, path, "an array of interaction components such as "
                + "[{\"id\": \"a\", \"description\": {\"vi\": \"Đáp án A\"}}]")) {
            return;
        }
        Map<String, Integer> firstIndexById = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            String componentPath = JsonPaths.index(path, i);
            if (!checks.isObject(component, componentPath, "an interaction component object {\"id\": ..., "
                    + "\"description\": {...}}")) {
                continue;
            }
            checks.onlyProperties(component, componentPath, COMPONENT_PROPERTIES, "an interaction component");
            checks.required(component, componentPath, "id", "a string identifying the component");
            String id = checks.string(component, componentPath, "id");
            checks.languageMap(component, componentPath, "description");
            if (id != null) {
                Integer first = firstIndexById.putIfAbsent(id, i);
                if (first != null) {
                    checks.add(JsonPaths.property(componentPath, "id"), "duplicates the id of "
                            + JsonPaths.index(path, first) + "; ids within one list must be distinct");
                }
            }
        }
    }
}
