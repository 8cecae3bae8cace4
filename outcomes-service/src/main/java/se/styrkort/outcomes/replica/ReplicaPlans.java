package se.styrkort.outcomes.replica;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.PlannedGoal;
import se.styrkort.outcomes.domain.PlannedIndicator;
import se.styrkort.outcomes.domain.Plans;
import se.styrkort.outcomes.domain.StoredJson;

/** The domain's view of goals-service's plans, answered from the replica tables (tenant-scoped by Hibernate). */
@ApplicationScoped
public class ReplicaPlans implements Plans {

    @Override
    public Optional<PlannedIndicator> indicator(UUID id) {
        return ReplicaIndicator.<ReplicaIndicator> find("id", id).firstResultOptional().map(i -> i);
    }

    @Override
    public List<PlannedIndicator> indicators(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : List.copyOf(ReplicaIndicator.<ReplicaIndicator> list("id in ?1", ids));
    }

    @Override
    public List<PlannedIndicator> indicatorsOfGoals(Collection<UUID> goalIds) {
        return goalIds.isEmpty() ? List.of()
                : List.copyOf(ReplicaIndicator.<ReplicaIndicator> list("goalId in ?1", goalIds));
    }

    @Override
    public List<PlannedIndicator> countingIndicators() {
        return List.copyOf(ReplicaIndicator.<ReplicaIndicator> list("subIndicatorIdsJson <> '[]'"));
    }

    @Override
    public Optional<PlannedGoal> goal(UUID id) {
        return ReplicaGoal.<ReplicaGoal> find("id", id).firstResultOptional().map(g -> g);
    }

    @Override
    public List<PlannedGoal> goals(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : List.copyOf(ReplicaGoal.<ReplicaGoal> list("id in ?1", ids));
    }

    @Override
    public List<ActivityState> activityStates(UUID goalId) {
        return ReplicaActivity.<ReplicaActivity> list("goalId", goalId).stream().map(a -> a.state).toList();
    }

    @Override
    public List<Integer> years(UUID planId) {
        return ReplicaPlan.<ReplicaPlan> find("id", planId).firstResultOptional()
                .map(p -> IntStream.rangeClosed(p.fromYear, p.toYear).boxed().toList()).orElse(List.of());
    }

    @Override
    public List<UUID> indicatorsWithCode(String sourceSystem, String code, Integer year) {
        String system = sourceSystem.toLowerCase(Locale.ROOT);
        // Narrowed in the database by the codes' JSON text (keys are stored lower case), then exactly.
        List<Object[]> found = ReplicaIndicator.getEntityManager().createQuery("""
                select i, p.fromYear, p.toYear from ReplicaIndicator i, ReplicaGoal g, ReplicaPlan p
                where g.id = i.goalId and p.id = g.planId and lower(i.externalCodesJson) like :codes""", Object[].class)
                .setParameter("codes", "%" + StoredJson.write(system) + ":" + StoredJson.write(code.toLowerCase(Locale.ROOT))
                        + "%")
                .getResultList();
        List<Object[]> same = found.stream()
                .filter(row -> code.equalsIgnoreCase(((ReplicaIndicator) row[0]).externalCodes().get(system))).toList();
        if (same.size() > 1 && year != null) {
            same = same.stream().filter(row -> (int) row[1] <= year && year <= (int) row[2]).toList();
        }
        return same.stream().map(row -> ((ReplicaIndicator) row[0]).id).toList();
    }

    @Override
    public boolean orgUnitExists(UUID id) {
        return ReplicaOrgUnit.count("id", id) > 0;
    }

    @Override
    public Set<UUID> orgUnitIds() {
        return new HashSet<>(ReplicaOrgUnit.getEntityManager().createQuery("select u.id from ReplicaOrgUnit u", UUID.class)
                .getResultList());
    }
}
