package vn.hoctap.lrs.statement;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every agent and activity a statement mentions and where (its usage), for the link tables that answer the
 * {@code agent}, {@code activity}, {@code related_agents} and {@code related_activities} filters without reading
 * statement JSON. {@code direct} marks what the plain filters match: the actor and the object (and, for
 * activities, the object only); everything else needs {@code related_*=true}.
 *
 * <p>Each agent (by IFI) and each activity (by id) appears once per statement: {@code direct} when any of its
 * mentions is direct, with the usage of that mention (otherwise of the first). So a join of statements with a link
 * table never repeats a statement, and queries can be driven by the link table's index in page order.
 */
public record StatementReferences(List<AgentUse> agents, List<ActivityUse> activities) {

    public record AgentUse(String ifi, String usage, boolean direct) {
    }

    public record ActivityUse(String activityId, String usage, boolean direct) {
    }

    public static StatementReferences of(JsonNode statement) {
        List<AgentUse> agents = new ArrayList<>();
        List<ActivityUse> activities = new ArrayList<>();
        collect(statement, "", true, agents, activities);
        addAgent(statement.get("authority"), "authority", false, agents);
        java.util.Map<String, AgentUse> agentOnce = new java.util.LinkedHashMap<>();
        agents.forEach(use -> agentOnce.merge(use.ifi(), use, (first, next) -> !first.direct() && next.direct() ? next : first));
        java.util.Map<String, ActivityUse> activityOnce = new java.util.LinkedHashMap<>();
        activities.forEach(use -> activityOnce.merge(use.activityId(), use,
                (first, next) -> !first.direct() && next.direct() ? next : first));
        return new StatementReferences(List.copyOf(agentOnce.values()), List.copyOf(activityOnce.values()));
    }

    private static void collect(JsonNode statement, String prefix, boolean top, List<AgentUse> agents,
            List<ActivityUse> activities) {
        addAgent(statement.get("actor"), prefix + "actor", top, agents);
        JsonNode object = statement.get("object");
        if (object != null && object.isObject()) {
            String type = object.path("objectType").asText("Activity");
            switch (type) {
                case "Agent", "Group" -> addAgent(object, prefix + "object", top, agents);
                case "SubStatement" -> collect(object, "substatement.", false, agents, activities);
                case "StatementRef" -> { }
                default -> {
                    if (object.hasNonNull("id")) {
                        activities.add(new ActivityUse(object.get("id").asText(), prefix + "object", top));
                    }
                }
            }
        }
        JsonNode context = statement.get("context");
        if (context != null && context.isObject()) {
            addAgent(context.get("instructor"), prefix + "instructor", false, agents);
            addAgent(context.get("team"), prefix + "team", false, agents);
            for (String list : List.of("contextAgents", "contextGroups")) {
                for (JsonNode entry : context.path(list)) {
                    addAgent(entry.get(list.equals("contextAgents") ? "agent" : "group"), prefix + list, false, agents);
                }
            }
            JsonNode contextActivities = context.get("contextActivities");
            if (contextActivities != null && contextActivities.isObject()) {
                for (String kind : List.of("parent", "grouping", "category", "other")) {
                    JsonNode value = contextActivities.get(kind);
                    if (value == null) {
                        continue;
                    }
                    for (JsonNode activity : value.isArray() ? value : List.of(value)) {
                        if (activity.hasNonNull("id")) {
                            activities.add(new ActivityUse(activity.get("id").asText(), prefix + kind, false));
                        }
                    }
                }
            }
        }
    }

    private static void addAgent(JsonNode agent, String usage, boolean direct, List<AgentUse> agents) {
        if (agent == null || !agent.isObject()) {
            return;
        }
        AgentIdentity.of(agent).ifPresent(ifi -> agents.add(new AgentUse(ifi, usage, direct)));
        for (JsonNode member : agent.path("member")) {
            AgentIdentity.of(member).ifPresent(ifi -> agents.add(new AgentUse(ifi, usage + ".member", false)));
        }
    }
}
