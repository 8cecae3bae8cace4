package se.styrkort.goals.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.goals.domain.Indicator;
import se.styrkort.goals.domain.IndicatorFilter;
import se.styrkort.goals.domain.IndicatorInput;
import se.styrkort.goals.domain.Indicators;
import se.styrkort.goals.domain.TargetHistory;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Mätetal, styrmått: how a goal is measured, with baselines and a target per year")
@SecurityRequirement(name = "bearer")
public class IndicatorResource {

    @Inject
    Indicators indicators;

    @Inject
    TargetHistory history;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List indicators of your organization", description = "Filter by plan, goal, strategy, unit (the goal's owner or co-owner), `externalCode`"
            + " (kolada:U07414), a year the plan covers, text in the name, and `due`: the indicators"
            + " followed up in a period (2022, 2022-T2, 2022-08, 2022-HT) in plans covering its year;"
            + " \"DÅ 04, 08, ÅR\" (INTERIM_REPORTS) is due in T1, T2, April, August and the year.")
    public Page<IndicatorView> list(@QueryParam("planId") UUID planId,
            @QueryParam("goalId") UUID goalId,
            @QueryParam("strategyId") UUID strategyId,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("externalCode") @Size(max = 141) String externalCode,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("due") @Pattern(regexp = Period.PATTERN, message = Period.MESSAGE) String due,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        IndicatorFilter filter = new IndicatorFilter(planId, goalId, strategyId, unitId, year, due, q, externalCode);
        return Page.of(indicators.list(filter), page, size, IndicatorView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one indicator with its targets; its ETag is the version to send in If-Match")
    @APIResponseSchema(IndicatorView.class)
    public Response get(@PathParam("id") UUID id) {
        Indicator found = indicators.get(id);
        return Response.ok(IndicatorView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @GET
    @Path("{id}/target-history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every change of the indicator's targets: year, before, after, who and when, oldest first")
    public Page<TargetChangeView> targetHistory(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        indicators.get(id);
        return Page.of(history.of(id), page, size, c -> TargetChangeView.of(c, history));
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create an indicator with its targets and baselines")
    @APIResponseSchema(value = IndicatorView.class, responseCode = "201")
    public Response create(@NotNull @Valid IndicatorInput input) {
        Indicator created = indicators.create(input);
        return Response.created(URI.create("/api/v1/indicators/" + created.id)).tag(Versions.etag(created.version))
                .entity(IndicatorView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change an indicator, its targets and baselines; needs If-Match with the version read")
    @APIResponseSchema(IndicatorView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid IndicatorInput input) {
        Indicator changed = indicators.update(id, ifMatch, input);
        return Response.ok(IndicatorView.of(changed)).tag(Versions.etag(changed.version)).build();
    }
}
