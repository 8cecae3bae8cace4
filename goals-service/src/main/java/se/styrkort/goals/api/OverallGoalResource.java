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

import se.styrkort.goals.domain.OverallGoal;
import se.styrkort.goals.domain.OverallGoalInput;
import se.styrkort.goals.domain.OverallGoals;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/overall-goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Overall goals", description = "Övergripande mål, strategiska mål, framgångsfaktorer: a tree below each strategy")
@SecurityRequirement(name = "bearer")
public class OverallGoalResource {

    @Inject
    OverallGoals overallGoals;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List overall goals of your organization", description = "Filter by plan, strategy, parent and text in the title.")
    public Page<OverallGoalView> list(@QueryParam("planId") UUID planId,
            @QueryParam("strategyId") UUID strategyId,
            @QueryParam("parentId") UUID parentId,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(overallGoals.list(planId, strategyId, parentId, q), page, size, OverallGoalView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one overall goal; its ETag is the version to send in If-Match")
    @APIResponseSchema(OverallGoalView.class)
    public Response get(@PathParam("id") UUID id) {
        OverallGoal found = overallGoals.get(id);
        return Response.ok(OverallGoalView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create an overall goal")
    @APIResponseSchema(value = OverallGoalView.class, responseCode = "201")
    public Response create(@NotNull @Valid OverallGoalInput input) {
        OverallGoal created = overallGoals.create(input);
        return Response.created(URI.create("/api/v1/overall-goals/" + created.id)).tag(Versions.etag(created.version))
                .entity(OverallGoalView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change an overall goal; needs If-Match with the version read")
    @APIResponseSchema(OverallGoalView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OverallGoalInput input) {
        OverallGoal changed = overallGoals.update(id, ifMatch, input);
        return Response.ok(OverallGoalView.of(changed)).tag(Versions.etag(changed.version)).build();
    }
}
