package nl.pmg.planner.hardening;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Valid values for request fields whose name says more than their schema type, so that generated bodies
 * reach the handler's own checks (and stay cheap: few uncertainty draws, one municipality to add).
 */
final class Seeds {

    private static final Map<String, String> VALUES = Map.ofEntries(Map.entry("add", "1"), Map.entry("draws", "3"),
            Map.entry("level", "\"gemeente\""), Map.entry("name", "\"fuzz\""), Map.entry("description", "\"fuzz\""),
            Map.entry("scenarioId", "\"uitbreiding-2023\""), Map.entry("decision", "\"defer\""),
            Map.entry("note", "\"fuzz\""), Map.entry("request", "{\"add\":1,\"lockedIn\":[]}"),
            Map.entry("lockedIn", "[]"), Map.entry("mustInclude", "[]"), Map.entry("exclude", "[]"),
            Map.entry("frameworkId", "\"default-2024\""), Map.entry("framework", "null"), Map.entry("asOf", "null"),
            Map.entry("constraints", "null"), Map.entry("options", "null"), Map.entry("status", "\"draft\""),
            Map.entry("gemeente", "\"GM0363\""), Map.entry("limit", "5"), Map.entry("seed", "7"));

    private Seeds() {
    }

    /** The seed value for a field, or null when the schema decides. */
    static JsonNode value(String field) {
        String v = VALUES.get(field);
        return v == null ? null : FuzzCases.JSON.readTree(v);
    }
}
