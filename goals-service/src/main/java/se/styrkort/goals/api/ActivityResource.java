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

import se.styrkort.goals.domain.Activities;
import se.styrkort.goals.domain.Activity;
import se.styrkort.goals.domain.ActivityInput;
import se.styrkort.goals.domain.ActivityState;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Aktiviteter: what is done to reach a goal, with dates, responsible and state")
@SecurityRequirement(name = "bearer")
public class ActivityResource {

    @Inject
    Activities activities;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List activities of your organization", description = "Filter by goal, plan, strategy, unit (the goal's owner or co-owner), a year the goal's plan"
            + " covers, state and text in the title.")
    public Page<ActivityView> list(@QueryParam("goalId") UUID goalId,
            @QueryParam("planId") UUID planId,
            @QueryParam("strategyId") UUID strategyId,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("state") String state,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        ActivityState inState = EnumParams.of(ActivityState.class, "state", state);
        var filter = new Activities.Filter(goalId, planId, strategyId, unitId, year, inState, q);
        return Page.of(activities.list(filter), page, size, ActivityView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one activity; its ETag is the version to send in If-Match")
    @APIResponseSchema(ActivityView.class)
    public Response get(@PathParam("id") UUID id) {
        Activity found = activities.get(id);
        return Response.ok(ActivityView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create an activity under a goal")
    @APIResponseSchema(value = ActivityView.class, responseCode = "201")
    public Response create(@NotNull @Valid ActivityInput input) {
        Activity created = activities.create(input);
        return Response.created(URI.create("/api/v1/activities/" + created.id)).tag(Versions.etag(created.version))
                .entity(ActivityView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change an activity, its state and comment; needs If-Match with the version read")
    @APIResponseSchema(ActivityView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActivityInput input) {
        Activity changed = activities.update(id, ifMatch, input);
        return Response.ok(ActivityView.of(changed)).tag(Versions.etag(changed.version)).build();
    }
}
