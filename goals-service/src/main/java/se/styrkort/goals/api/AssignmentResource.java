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

import se.styrkort.goals.domain.Assignment;
import se.styrkort.goals.domain.AssignmentInput;
import se.styrkort.goals.domain.Assignments;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "Uppdrag till styrelse och nämnder, below an overall goal")
@SecurityRequirement(name = "bearer")
public class AssignmentResource {

    @Inject
    Assignments assignments;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List assignments of your organization", description = "Filter by plan, strategy, overall goal, assigned unit and text in the title.")
    public Page<AssignmentView> list(@QueryParam("planId") UUID planId,
            @QueryParam("strategyId") UUID strategyId,
            @QueryParam("overallGoalId") UUID overallGoalId,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(assignments.list(planId, strategyId, overallGoalId, unitId, q), page, size, AssignmentView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one assignment; its ETag is the version to send in If-Match")
    @APIResponseSchema(AssignmentView.class)
    public Response get(@PathParam("id") UUID id) {
        Assignment found = assignments.get(id);
        return Response.ok(AssignmentView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create an assignment")
    @APIResponseSchema(value = AssignmentView.class, responseCode = "201")
    public Response create(@NotNull @Valid AssignmentInput input) {
        Assignment created = assignments.create(input);
        return Response.created(URI.create("/api/v1/assignments/" + created.id)).tag(Versions.etag(created.version))
                .entity(AssignmentView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change an assignment; needs If-Match with the version read")
    @APIResponseSchema(AssignmentView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AssignmentInput input) {
        Assignment changed = assignments.update(id, ifMatch, input);
        return Response.ok(AssignmentView.of(changed)).tag(Versions.etag(changed.version)).build();
    }
}
