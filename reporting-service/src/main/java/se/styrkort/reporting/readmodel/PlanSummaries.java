package se.styrkort.reporting.readmodel;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.platform.events.MalformedEventException;

/** Applies plan events to the read model. */
@ApplicationScoped
public class PlanSummaries {

    public void apply(IncomingEvent event) {
        UUID id = parseId(event.aggregateId());
        PlanSummary plan = PlanSummary.<PlanSummary> find("id", id).firstResultOptional().orElse(null);
        if (event.changeType() == ChangeType.DELETED) {
            if (plan != null) {
                plan.delete();
            }
            return;
        }
        JsonNode state = event.state();
        if (plan == null) {
            plan = new PlanSummary();
            plan.id = id;
        }
        plan.name = required(state, "name").asText();
        plan.fromYear = required(state, "fromYear").asInt();
        plan.toYear = required(state, "toYear").asInt();
        plan.status = required(state, "status").asText();
        plan.eventVersion = event.version();
        plan.updatedAt = Instant.now();
        plan.persist();
    }

    private static UUID parseId(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("A plan event's key must be the plan's UUID, not " + key);
        }
    }

    private static JsonNode required(JsonNode state, String field) {
        JsonNode value = state.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedEventException("A plan event's state lacks " + field);
        }
        return value;
    }
}
