package se.styrkort.outcomes.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Filter f = new Filter();
        f.add("planId", planId).add("goalId", goalId).add("indicatorId", indicatorId).add("orgUnitId", orgUnitId)
                .add("period", period == null ? null : Period.parse("period", period).toString());
        Sort order = Sort.by("period").descending().and("indicatorId").and("orgUnitId");
        return Page.of(f.isEmpty() ? IndicatorStatus.findAll(order) : IndicatorStatus.find(f.where(), order, f.params),
                page, size, IndicatorStatusView::of);
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
        Filter f = new Filter();
        f.add("planId", planId).add("goalId", goalId).add("orgUnitId", orgUnitId)
                .add("period", period == null ? null : Period.parse("period", period).toString());
        Sort order = Sort.by("period").descending().and("goalId");
        return Page.of(f.isEmpty() ? GoalStatus.findAll(order) : GoalStatus.find(f.where(), order, f.params),
                page, size, GoalStatusView::of);
    }

    /** Equality filters on the fields given; a null value filters nothing. */
    static final class Filter {
        final List<String> where = new ArrayList<>();
        final Map<String, Object> params = new HashMap<>();

        Filter add(String field, Object value) {
            if (value != null) {
                where.add(field + " = :" + field);
                params.put(field, value);
            }
            return this;
        }

        boolean isEmpty() {
            return where.isEmpty();
        }

        String where() {
            return String.join(" and ", where);
        }
    }
}
