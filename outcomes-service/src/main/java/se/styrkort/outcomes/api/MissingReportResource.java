package se.styrkort.outcomes.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

import io.quarkus.panache.common.Sort;
import se.styrkort.outcomes.domain.Period;
import se.styrkort.outcomes.replica.ReplicaGoal;
import se.styrkort.outcomes.replica.ReplicaIndicator;
import se.styrkort.outcomes.replica.ReplicaOrgUnit;
import se.styrkort.outcomes.status.IndicatorStatus;
import se.styrkort.outcomes.status.Reason;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/missing-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Missing reports", description = "Indicators due in a period with no outcome yet")
@SecurityRequirement(name = "bearer")
public class MissingReportResource {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The indicators due in a period that have no outcome yet, per unit and responsible",
            description = "What a controller chases before the interim report. Filter further by planId and orgUnitId.")
    public Page<MissingReportView> list(@QueryParam("period") @NotBlank String period,
            @QueryParam("planId") UUID planId, @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        StatusResource.Filter f = new StatusResource.Filter();
        f.add("period", Period.parse(period).value()).add("planId", planId).add("orgUnitId", orgUnitId)
                .add("measured", false);
        f.where.add("reason <> :notDue");
        f.params.put("notDue", Reason.NOT_DUE);
        Names names = new Names();
        return Page.of(IndicatorStatus.find(f.where(), Sort.by("orgUnitId").and("goalId").and("indicatorId"), f.params),
                page, size, names::view);
    }

    /** The names a page shows, each looked up once. */
    private static final class Names {
        private final Map<UUID, Optional<ReplicaIndicator>> indicators = new HashMap<>();
        private final Map<UUID, Optional<ReplicaGoal>> goals = new HashMap<>();
        private final Map<UUID, Optional<ReplicaOrgUnit>> units = new HashMap<>();

        MissingReportView view(IndicatorStatus s) {
            ReplicaIndicator indicator = indicators.computeIfAbsent(s.indicatorId,
                    id -> ReplicaIndicator.<ReplicaIndicator>find("id", id).firstResultOptional()).orElse(null);
            ReplicaGoal goal = s.goalId == null ? null
                    : goals.computeIfAbsent(s.goalId, id -> ReplicaGoal.<ReplicaGoal>find("id", id).firstResultOptional())
                            .orElse(null);
            UUID responsible = goal == null ? null : goal.ownerUnitId;
            return new MissingReportView(s.indicatorId, indicator == null ? null : indicator.name, s.goalId,
                    goal == null ? null : goal.title, s.planId, s.period, s.orgUnitId, name(s.orgUnitId), responsible,
                    name(responsible), indicator == null ? null : indicator.frequency(goal));
        }

        private String name(UUID unit) {
            return unit == null ? null
                    : units.computeIfAbsent(unit, id -> ReplicaOrgUnit.<ReplicaOrgUnit>find("id", id).firstResultOptional())
                            .map(u -> u.name).orElse(null);
        }
    }
}
