package se.styrkort.outcomes.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What this service knows of the caller's organization's plans, org units and activities, as
 * goals-service published them. Another region's are as unknown as ids that do not exist. The
 * replica answers it; the domain reads goals-service's data only through it.
 */
public interface Plans {

    Optional<PlannedIndicator> indicator(UUID id);

    List<PlannedIndicator> indicators(Collection<UUID> ids);

    /** The indicators of all the goals. */
    List<PlannedIndicator> indicatorsOfGoals(Collection<UUID> goalIds);

    /** The indicators whose K_OF_N target counts sub-indicators. */
    List<PlannedIndicator> countingIndicators();

    Optional<PlannedGoal> goal(UUID id);

    List<PlannedGoal> goals(Collection<UUID> ids);

    /** The states of a goal's activities. */
    List<ActivityState> activityStates(UUID goalId);

    /** The years a plan runs, first to last; empty for an unknown plan. */
    List<Integer> years(UUID planId);

    /**
     * The indicators whose {@code externalCodes} name the code under the source system (both in any
     * case), such as {@code "kolada": "N00945"}; when several plans have one, those whose plan runs
     * in the year, if a year is given.
     */
    List<UUID> indicatorsWithCode(String sourceSystem, String code, Integer year);

    boolean orgUnitExists(UUID id);

    Set<UUID> orgUnitIds();
}
