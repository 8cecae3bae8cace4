package se.styrkort.outcomes.api;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.replica.ReplicaGoal;
import se.styrkort.outcomes.replica.ReplicaIndicator;
import se.styrkort.outcomes.replica.ReplicaOrgUnit;
import se.styrkort.outcomes.replica.ReplicaPlan;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/missing-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Missing reports", description = "Indicators due in a period with no outcome yet")
@SecurityRequirement(name = "bearer")
public class MissingReportResource {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The indicators due in a period that have no outcome yet, per unit and responsible", description = "What a controller chases before the interim report. Filter further by planId and orgUnitId.")
    public Page<MissingReportView> list(@QueryParam("period") @NotBlank String period,
            @QueryParam("planId") UUID planId, @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        String p = Period.parse("period", period).toString();
        int year = Integer.parseInt(p.substring(0, 4));
        // Nothing is stored for a due period without an outcome (see Statuses), so what is missing is
        // worked out here: the plans running that year, their indicators due then at the goal's owner
        // unit, less those with a measured status.
        Map<UUID, ReplicaPlan> plans = new HashMap<>();
        (planId == null ? ReplicaPlan.<ReplicaPlan> list("fromYear <= ?1 and toYear >= ?1", year)
                : ReplicaPlan.<ReplicaPlan> list("id = ?1 and fromYear <= ?2 and toYear >= ?2", planId, year))
                .forEach(plan -> plans.put(plan.id, plan));
        if (plans.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Map<UUID, ReplicaGoal> goals = new HashMap<>();
        ReplicaGoal.<ReplicaGoal> list("planId in ?1", plans.keySet()).stream()
                .filter(g -> g.ownerUnitId != null && (orgUnitId == null || orgUnitId.equals(g.ownerUnitId)))
                .forEach(g -> goals.put(g.id, g));
        if (goals.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Set<String> measured = new HashSet<>();
        IndicatorStatus.<IndicatorStatus> list("period = ?1 and measured = true and goalId in ?2", p, goals.keySet())
                .forEach(s -> measured.add(s.indicatorId + ":" + s.orgUnitId));
        List<ReplicaIndicator> due = ReplicaIndicator.<ReplicaIndicator> list("goalId in ?1", goals.keySet()).stream()
                .filter(i -> FollowUpFrequency.isDue(i.frequency(goals.get(i.goalId)), p))
                .filter(i -> !measured.contains(i.id + ":" + goals.get(i.goalId).ownerUnitId))
                .sorted(Comparator.comparing((ReplicaIndicator i) -> goals.get(i.goalId).ownerUnitId)
                        .thenComparing(i -> i.goalId).thenComparing(i -> i.id))
                .toList();
        Names names = new Names();
        List<MissingReportView> items = due.stream().skip((long) page * size).limit(size)
                .map(i -> names.view(i, goals.get(i.goalId), p)).toList();
        return new Page<>(items, page, size, due.size());
    }

    /** The unit names a page shows, each looked up once. */
    private static final class Names {
        private final Map<UUID, Optional<ReplicaOrgUnit>> units = new HashMap<>();

        MissingReportView view(ReplicaIndicator indicator, ReplicaGoal goal, String period) {
            UUID unit = goal.ownerUnitId;
            return new MissingReportView(indicator.id, indicator.name, goal.id, goal.title, goal.planId, period, unit,
                    name(unit), unit, name(unit), indicator.frequency(goal));
        }

        private String name(UUID unit) {
            return units.computeIfAbsent(unit, id -> ReplicaOrgUnit.<ReplicaOrgUnit> find("id", id).firstResultOptional())
                    .map(u -> u.name).orElse(null);
        }
    }
}
