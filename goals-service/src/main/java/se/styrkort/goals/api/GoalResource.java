package se.styrkort.goals.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import se.styrkort.goals.domain.Goal;
import se.styrkort.goals.domain.GoalInput;
import se.styrkort.goals.domain.Goals;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "Resultatmål, verksamhetsmål, nämndmål: owned by a body, below an overall goal")
@SecurityRequirement(name = "bearer")
public class GoalResource {

    @Inject
    Goals goals;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List goals of your organization", description = "Filter by plan, strategy (through the overall goal), overall goal, unit (owner or co-owner),"
            + " a year the plan covers and text in the title.")
    public Page<GoalView> list(@QueryParam("planId") UUID planId,
            @QueryParam("strategyId") UUID strategyId,
            @QueryParam("overallGoalId") UUID overallGoalId,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(goals.list(planId, strategyId, overallGoalId, unitId, year, q), page, size, GoalView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one goal; its ETag is the version to send in If-Match")
    @APIResponseSchema(GoalView.class)
    public Response get(@PathParam("id") UUID id) {
        Goal found = goals.get(id);
        return Response.ok(GoalView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create a goal")
    @APIResponseSchema(value = GoalView.class, responseCode = "201")
    public Response create(@NotNull @Valid GoalInput input) {
        Goal created = goals.create(input);
        return Response.created(URI.create("/api/v1/goals/" + created.id)).tag(Versions.etag(created.version))
                .entity(GoalView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change a goal; needs If-Match with the version read")
    @APIResponseSchema(GoalView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid GoalInput input) {
        Goal changed = goals.update(id, ifMatch, input);
        return Response.ok(GoalView.of(changed)).tag(Versions.etag(changed.version)).build();
    }
}
