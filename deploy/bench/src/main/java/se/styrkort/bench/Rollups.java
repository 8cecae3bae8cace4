package se.styrkort.bench;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** reporting-service's roll-ups as a reader asks for them: the query of --rollup-query and its answer. */
final class Rollups {

    static final String VIEWER = "jh-viewer";

    private final Stack stack;
    private final String query;
    private final String probeQuery;

    Rollups(Stack stack, Options options) {
        this.stack = stack;
        this.query = options.rollupQuery;
        this.probeQuery = options.probeQuery;
    }

    /** The roll-ups a reader asks for. */
    String url(String plan, String period) {
        return stack.url("reporting") + query.replace("{plan}", plan).replace("{period}", period);
    }

    /** The plan-level roll-up the freshness probe polls. */
    String probeUrl(String plan, String period) {
        return stack.url("reporting") + probeQuery.replace("{plan}", plan).replace("{period}", period);
    }

    /** The roll-ups in an answer: a page ({items}), an array or one object. */
    static List<JsonNode> items(JsonNode body) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode list = body.has("items") ? body.get("items") : body;
        if (list.isArray()) {
            list.forEach(out::add);
        } else if (list.isObject()) {
            out.add(list);
        }
        return out;
    }

    /** The plan-level roll-up of the plan and period in an answer, or null. */
    static JsonNode planLevel(JsonNode body, String plan, String period) {
        for (JsonNode item : items(body)) {
            boolean level = !item.has("level") || "PLAN".equalsIgnoreCase(item.path("level").asText());
            boolean samePlan = !item.has("planId") || plan.equals(item.path("planId").asText());
            boolean samePeriod = !item.has("period") || period.equals(item.path("period").asText());
            if (level && samePlan && samePeriod) {
                return item;
            }
        }
        return null;
    }

    static int count(JsonNode rollup, String status) {
        JsonNode counts = rollup.has("counts") ? rollup.get("counts") : rollup;
        return counts.path(status).asInt(0);
    }
}
