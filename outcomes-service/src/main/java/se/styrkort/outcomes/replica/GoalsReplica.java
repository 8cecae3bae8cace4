package se.styrkort.outcomes.replica;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.Affected;
import se.styrkort.outcomes.domain.Direction;
import se.styrkort.outcomes.domain.StoredJson;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.platform.events.MalformedEventException;

/**
 * Keeps the local replica of the plan structure from {@code styrkort.goals}: org units, plans,
 * goals, indicators and activities, each as last published (full state, so the newest event is
 * enough). Other aggregate types are not needed here. Answers what the change makes stale.
 */
@ApplicationScoped
public class GoalsReplica {

    /** The aggregate types this service keeps. */
    public static final List<String> TYPES = List.of("org-unit", "plan", "goal", "indicator", "activity");

    @Transactional(Transactional.TxType.MANDATORY)
    public Affected apply(IncomingEvent event) {
        UUID id = uuid(event.aggregateId(), "key");
        boolean deleted = event.changeType() == ChangeType.DELETED;
        JsonNode s = event.state();
        Affected affected = Affected.none();
        switch (event.aggregateType()) {
            case "org-unit" -> {
                ReplicaOrgUnit u = upsert(ReplicaOrgUnit.class, id, ReplicaOrgUnit::new, deleted);
                if (u != null) {
                    u.id = id;
                    u.name = required(s, "name").asText();
                    u.kind = text(s, "kind");
                    u.parentId = optionalUuid(s, "parentId");
                    u.retired = s.path("retired").asBoolean(false);
                    u.persist();
                }
            }
            case "plan" -> {
                ReplicaPlan p = upsert(ReplicaPlan.class, id, ReplicaPlan::new, deleted);
                if (p != null) {
                    p.id = id;
                    p.name = required(s, "name").asText();
                    p.fromYear = required(s, "fromYear").asInt();
                    p.toYear = required(s, "toYear").asInt();
                    p.ownerUnitId = optionalUuid(s, "ownerUnitId");
                    p.persist();
                }
                List<ReplicaGoal> goals = ReplicaGoal.list("planId", id);
                goals.forEach(g -> affected.goals().add(g.id));
                if (!goals.isEmpty()) {
                    ReplicaIndicator.<ReplicaIndicator> list("goalId in ?1", goals.stream().map(g -> g.id).toList())
                            .forEach(i -> affected.indicators().add(i.id));
                }
            }
            case "goal" -> {
                ReplicaGoal g = upsert(ReplicaGoal.class, id, ReplicaGoal::new, deleted);
                if (g != null) {
                    g.id = id;
                    g.planId = uuid(required(s, "planId").asText(), "planId");
                    g.ownerUnitId = optionalUuid(s, "ownerUnitId");
                    g.title = required(s, "title").asText();
                    g.followUpFrequency = frequency(s);
                    g.persist();
                }
                affected.goals().add(id);
                ReplicaIndicator.<ReplicaIndicator> list("goalId", id).forEach(i -> affected.indicators().add(i.id));
            }
            case "indicator" -> {
                ReplicaIndicator before = find(ReplicaIndicator.class, id).orElse(null);
                if (before != null) {
                    affected.goals().add(before.goalId);
                }
                ReplicaIndicator i = upsert(ReplicaIndicator.class, id, ReplicaIndicator::new, deleted);
                if (i != null) {
                    i.id = id;
                    i.goalId = uuid(required(s, "goalId").asText(), "goalId");
                    i.name = required(s, "name").asText();
                    i.unitOfMeasure = text(s, "unitOfMeasure");
                    i.direction = direction(s);
                    i.followUpFrequency = frequency(s);
                    i.genderSplit = s.path("genderSplit").asBoolean(false);
                    i.tolerance = s.hasNonNull("tolerance") ? s.get("tolerance").decimalValue() : null;
                    i.subIndicatorIdsJson = json(s, "subIndicatorIds", "[]");
                    i.externalCodesJson = lowerCaseKeys(s.get("externalCodes"));
                    i.targetsJson(json(s, "targets", "[]"));
                    i.baselinesJson = json(s, "baselines", "[]");
                    // Read back at once: a target this service cannot read is refused now, not at every recompute.
                    i.targets();
                    i.baselines();
                    i.subIndicatorIds();
                    i.persist();
                    affected.goals().add(i.goalId);
                }
                affected.indicators().add(id);
            }
            case "activity" -> {
                ReplicaActivity before = find(ReplicaActivity.class, id).orElse(null);
                if (before != null) {
                    affected.goals().add(before.goalId);
                }
                ReplicaActivity a = upsert(ReplicaActivity.class, id, ReplicaActivity::new, deleted);
                if (a != null) {
                    a.id = id;
                    a.goalId = uuid(required(s, "goalId").asText(), "goalId");
                    a.title = required(s, "title").asText();
                    a.state = enumValue(ActivityState.class, s, "state");
                    a.startDate = date(s, "startDate");
                    a.endDate = date(s, "endDate");
                    a.responsible = text(s, "responsible");
                    a.persist();
                    affected.goals().add(a.goalId);
                }
            }
            default -> {
                // Not needed by this service.
            }
        }
        return affected;
    }

    /** The stored row to update, a new one to fill and persist, or null when the event deletes it. */
    private static <E extends PanacheEntityBase> E upsert(Class<E> type, UUID id, Supplier<E> create, boolean deleted) {
        Optional<E> stored = find(type, id);
        if (deleted) {
            stored.ifPresent(PanacheEntityBase::delete);
            return null;
        }
        return stored.orElseGet(create);
    }

    @SuppressWarnings("unchecked")
    private static <E extends PanacheEntityBase> Optional<E> find(Class<E> type, UUID id) {
        // A query, not a lookup by id, so that the tenant discriminator applies.
        return (Optional<E>) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " where id = :id", type).setParameter("id", id)
                .getResultStream().findFirst();
    }

    private static JsonNode required(JsonNode state, String field) {
        JsonNode node = state.get(field);
        if (node == null || node.isNull()) {
            throw new MalformedEventException("The state lacks " + field);
        }
        return node;
    }

    private static String text(JsonNode state, String field) {
        JsonNode node = state.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static UUID optionalUuid(JsonNode state, String field) {
        String text = text(state, field);
        return text == null ? null : uuid(text, field);
    }

    private static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(field + " is not a UUID: " + text);
        }
    }

    private static LocalDate date(JsonNode state, String field) {
        String text = text(state, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new MalformedEventException(field + " is not a date: " + text);
        }
    }

    private static FollowUpFrequency frequency(JsonNode state) {
        return state.hasNonNull("followUpFrequency") ? enumValue(FollowUpFrequency.class, state, "followUpFrequency") : null;
    }

    private static Direction direction(JsonNode state) {
        return state.hasNonNull("direction") ? enumValue(Direction.class, state, "direction") : Direction.HIGHER_IS_BETTER;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode state, String field) {
        String text = required(state, field).asText();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(field + " is not known: " + text);
        }
    }

    private static String json(JsonNode state, String field, String empty) {
        JsonNode node = state.get(field);
        return node == null || node.isNull() ? empty : StoredJson.write(node);
    }

    /** Source system codes are matched case-insensitively, so they are kept in lower case. */
    private static String lowerCaseKeys(JsonNode codes) {
        java.util.Map<String, String> map = new java.util.TreeMap<>();
        if (codes != null && codes.isObject()) {
            codes.fields().forEachRemaining(e -> map.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
        }
        return StoredJson.write(map);
    }
}
