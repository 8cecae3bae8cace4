package se.styrkort.outcomes.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import se.styrkort.outcomes.domain.GoalStatus;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statuses", description = "Computed statuses of indicators and goals per period, with the numbers behind them")
@SecurityRequirement(name = "bearer")
public class StatusResource {

    @GET
    @Path("statuses")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The statuses of indicators per org unit and period", description = "Each with outcome (total, women, men), target, status, reason, the value it was compared"
            + " with and the tolerance used. Filter by planId, goalId, indicatorId, orgUnitId, period.")
    public Page<IndicatorStatusView> indicators(@QueryParam("planId") UUID planId, @QueryParam("goalId") UUID goalId,
            @QueryParam("indicatorId") UUID indicatorId, @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("period") String period,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        Filters f = new Filters().equal("planId", planId).equal("goalId", goalId).equal("indicatorId", indicatorId)
                .equal("orgUnitId", orgUnitId)
                .equal("period", period == null ? null : Period.parse("period", period).toString());
        Sort order = Sort.by("period").descending().and("indicatorId").and("orgUnitId");
        return Page.of(IndicatorStatus.find(f.query(), order, f.values()), page, size, IndicatorStatusView::of);
    }

    @GET
    @Path("goal-statuses")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The statuses of goals per period", description = "Computed from the goal's indicators at its owner unit (or its activities), the assessed"
            + " status where an assessment overrides it, and the status that counts. Filter by planId,"
            + " goalId, orgUnitId (the goal's owner), period.")
    public Page<GoalStatusView> goals(@QueryParam("planId") UUID planId, @QueryParam("goalId") UUID goalId,
            @QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("period") String period,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        Filters f = new Filters().equal("planId", planId).equal("goalId", goalId).equal("orgUnitId", orgUnitId)
                .equal("period", period == null ? null : Period.parse("period", period).toString());
        Sort order = Sort.by("period").descending().and("goalId");
        return Page.of(GoalStatus.find(f.query(), order, f.values()), page, size, GoalStatusView::of);
    }
}
