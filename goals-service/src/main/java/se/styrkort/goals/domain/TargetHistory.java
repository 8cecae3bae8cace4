package se.styrkort.goals.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Ids;

/** Records every change of an indicator's targets, year by year, in the transaction that makes it. */
@ApplicationScoped
public class TargetHistory {

    @Inject
    ObjectMapper json;

    public PanacheQuery<TargetChange> of(UUID indicatorId) {
        return TargetChange.find("indicatorId", Sort.by("changedAt").and("year"), indicatorId);
    }

    /** Compares the targets before and after a write; a year whose target did not change leaves no row. */
    void record(Indicator indicator, List<Target> before, String user) {
        Map<Integer, Target> old = byYear(before);
        Map<Integer, Target> now = byYear(indicator.targets);
        TreeSet<Integer> years = new TreeSet<>(old.keySet());
        years.addAll(now.keySet());
        for (int year : years) {
            // 15.0 sent again as 15.00 is no change.
            if (!Objects.equals(write(old.get(year), true), write(now.get(year), true))) {
                TargetChange change = new TargetChange();
                change.id = Ids.next();
                change.indicatorId = indicator.id;
                change.year = year;
                change.oldTarget = write(old.get(year), false);
                change.newTarget = write(now.get(year), false);
                change.changedAt = indicator.updatedAt;
                change.changedBy = user;
                change.persist();
            }
        }
    }

    /** A target as a history row keeps it; null where the row has none (added or removed). */
    public Target read(String stored) {
        try {
            return stored == null ? null : json.readValue(stored, Target.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable target history row", e);
        }
    }

    private static Map<Integer, Target> byYear(List<Target> targets) {
        return targets.stream().collect(Collectors.toMap(t -> t.year, t -> t, (a, b) -> b, TreeMap::new));
    }

    private String write(Target target, boolean normalized) {
        if (target == null) {
            return null;
        }
        try {
            return json.writeValueAsString(normalized ? target.normalized() : target);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
