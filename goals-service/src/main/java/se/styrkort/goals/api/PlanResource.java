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

import se.styrkort.goals.domain.AdoptionInput;
import se.styrkort.goals.domain.Plan;
import se.styrkort.goals.domain.PlanInput;
import se.styrkort.goals.domain.PlanStatus;
import se.styrkort.goals.domain.PlanTrees;
import se.styrkort.goals.domain.PlanVersions;
import se.styrkort.goals.domain.Plans;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Regionplan, verksamhetsplan: a body's plan over one or more years")
@SecurityRequirement(name = "bearer")
public class PlanResource {

    @Inject
    Plans plans;

    @Inject
    PlanTrees trees;

    @Inject
    PlanVersions versions;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the plans of your organization", description = "Filter by a year the plan covers, the owner unit, the status and text in the name.")
    public Page<PlanView> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("status") String status,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        PlanStatus inStatus = EnumParams.of(PlanStatus.class, "status", status);
        return Page.of(plans.list(year, unitId, inStatus, q), page, size, PlanView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one plan; its ETag is the version to send in If-Match")
    @APIResponseSchema(PlanView.class)
    public Response get(@PathParam("id") UUID id) {
        Plan plan = plans.get(id);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version)).build();
    }

    @GET
    @Path("{id}/tree")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read a whole plan: strategies, overall goals (nested), assignments, goals and their indicators")
    @APIResponseSchema(PlanTreeView.class)
    public Response tree(@PathParam("id") UUID id) {
        return Response.ok(PlanTreeView.of(trees.load(id))).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create a draft plan, optionally naming its owner org unit")
    @APIResponseSchema(value = PlanView.class, responseCode = "201")
    public Response create(@NotNull @Valid PlanInput input) {
        Plan plan = plans.create(input);
        return Response.created(URI.create("/api/v1/plans/" + plan.id)).tag(Versions.etag(plan.version))
                .entity(PlanView.of(plan)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change a plan; needs If-Match with the version read")
    @APIResponseSchema(PlanView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanInput input) {
        Plan plan = plans.update(id, ifMatch, input);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version)).build();
    }

    @POST
    @Path("{id}/adopt")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Record the owner body's adoption of a plan; needs If-Match", description = "From then on the plan, its strategies, overall goals, assignments, goals and indicators are"
            + " frozen: a change is refused with 409 and goes into a new version (POST {id}/versions).")
    @APIResponseSchema(PlanView.class)
    public Response adopt(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AdoptionInput input) {
        Plan plan = plans.adopt(id, ifMatch, input);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version)).build();
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Start a new version of an adopted plan", description = "A draft copy of the whole plan under new ids, with predecessorId naming the adopted plan,"
            + " which stays readable as adopted. One new version per adopted plan.")
    @APIResponseSchema(value = PlanView.class, responseCode = "201")
    public Response revise(@PathParam("id") UUID id) {
        Plan draft = versions.revise(id);
        return Response.created(URI.create("/api/v1/plans/" + draft.id)).tag(Versions.etag(draft.version))
                .entity(PlanView.of(draft)).build();
    }
}
