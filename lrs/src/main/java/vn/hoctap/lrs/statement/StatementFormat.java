package vn.hoctap.lrs.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code format} of statements returned by {@code GET /statements}: {@code exact} as stored; {@code ids}
 * with agents and identified groups reduced to their identifier, anonymous groups to their members, activities to
 * their id and verbs to their id; {@code canonical} with every language map reduced to the one language that best
 * matches the request's {@code Accept-Language}.
 */
public enum StatementFormat {
    EXACT, IDS, CANONICAL;

    private static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");

    /** The format named by the parameter ({@code exact}, {@code ids}, {@code canonical}), if it is one. */
    public static Optional<StatementFormat> parse(String text) {
        return switch (text) {
            case "exact" -> Optional.of(EXACT);
            case "ids" -> Optional.of(IDS);
            case "canonical" -> Optional.of(CANONICAL);
            default -> Optional.empty();
        };
    }

    /**
     * The statement in this format.
     *
     * @param acceptLanguage the request's Accept-Language header (may be null), for {@code canonical}
     */
    public JsonNode apply(JsonNode statement, String acceptLanguage) {
        return switch (this) {
            case EXACT -> statement;
            case IDS -> ids(statement.deepCopy());
            case CANONICAL -> canonical(statement.deepCopy(), languageRanges(acceptLanguage));
        };
    }

    private static JsonNode ids(JsonNode node) {
        if (!(node instanceof ObjectNode statement)) {
            return node;
        }
        reduceActor(statement, "actor");
        reduceActor(statement, "authority");
        if (statement.get("verb") instanceof ObjectNode verb) {
            verb.retain("id");
        }
        if (statement.get("object") instanceof ObjectNode object) {
            switch (object.path("objectType").asText("Activity")) {
                case "Agent", "Group" -> reduceActor(statement, "object");
                case "SubStatement" -> ids(object);
                case "StatementRef" -> { }
                default -> object.retain("id");
            }
        }
        if (statement.get("context") instanceof ObjectNode context) {
            reduceActor(context, "instructor");
            reduceActor(context, "team");
            if (context.get("contextActivities") instanceof ObjectNode contextActivities) {
                contextActivities.elements().forEachRemaining(list -> list.forEach(activity -> {
                    if (activity instanceof ObjectNode a) {
                        a.retain("id");
                    }
                }));
            }
            for (String list : List.of("contextAgents:agent", "contextGroups:group")) {
                String[] names = list.split(":");
                for (JsonNode entry : context.path(names[0])) {
                    if (entry instanceof ObjectNode e) {
                        reduceActor(e, names[1]);
                    }
                }
            }
        }
        return statement;
    }

    private static void reduceActor(ObjectNode parent, String property) {
        if (!(parent.get(property) instanceof ObjectNode actor)) {
            return;
        }
        boolean identified = IFIS.stream().anyMatch(actor::has);
        if (identified) {
            List<String> keep = new ArrayList<>(IFIS);
            keep.add("objectType");
            actor.retain(keep);
        } else {
            actor.retain("objectType", "member");
            if (actor.get("member") instanceof ArrayNode members) {
                for (int i = 0; i < members.size(); i++) {
                    if (members.get(i) instanceof ObjectNode member) {
                        List<String> keep = new ArrayList<>(IFIS);
                        keep.add("objectType");
                        member.retain(keep);
                    }
                }
            }
        }
    }

    private static JsonNode canonical(JsonNode node, List<Map.Entry<String, Double>> ranges) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (isLanguageMapProperty(field.getKey()) && field.getValue() instanceof ObjectNode map) {
                    reduceLanguageMap(map, ranges);
                } else if (!field.getKey().equals("extensions")) {
                    canonical(field.getValue(), ranges);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> canonical(element, ranges));
        }
        return node;
    }

    private static boolean isLanguageMapProperty(String name) {
        return name.equals("display") || name.equals("name") || name.equals("description");
    }

    private static void reduceLanguageMap(ObjectNode map, List<Map.Entry<String, Double>> ranges) {
        if (map.size() <= 1 || !map.elements().next().isTextual()) {
            return;
        }
        List<String> tags = new ArrayList<>();
        map.fieldNames().forEachRemaining(tags::add);
        String chosen = tags.get(0);
        search:
        for (Map.Entry<String, Double> range : ranges) {
            String wanted = range.getKey();
            for (String tag : tags) {
                if (tag.equalsIgnoreCase(wanted)) {
                    chosen = tag;
                    break search;
                }
            }
            for (String tag : tags) {
                String lower = tag.toLowerCase(Locale.ROOT);
                if (wanted.equals("*") || lower.startsWith(wanted + "-") || wanted.startsWith(lower + "-")) {
                    chosen = tag;
                    break search;
                }
            }
        }
        map.retain(chosen);
    }

    /** The language ranges of an Accept-Language header, most wanted first (q=0 left out). */
    static List<Map.Entry<String, Double>> languageRanges(String acceptLanguage) {
        List<Map.Entry<String, Double>> ranges = new ArrayList<>();
        if (acceptLanguage == null) {
            return ranges;
        }
        for (String item : acceptLanguage.split(",")) {
            String[] pieces = item.trim().split(";");
            if (pieces[0].isBlank()) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                ranges.add(Map.entry(pieces[0].trim().toLowerCase(Locale.ROOT), q));
            }
        }
        ranges.sort(Comparator.comparing(Map.Entry<String, Double>::getValue).reversed());
        return ranges;
    }
}
