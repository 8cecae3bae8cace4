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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.goals.domain.Indicator;
import se.styrkort.goals.domain.Indicators;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Mätetal, styrmått: how a goal is measured, with baselines and a target per year")
@SecurityRequirement(name = "bearer")
public class IndicatorResource {

    @Inject
    Indicators indicators;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List indicators of your organization",
            description = "Filter by plan, goal and text in the name.")
    public Page<IndicatorView> list(@QueryParam("planId") UUID planId,
            @QueryParam("goalId") UUID goalId,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(indicators.list(planId, goalId, q), page, size, IndicatorView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one indicator with its targets; its ETag is the version to send in If-Match")
    public Response get(@PathParam("id") UUID id) {
        Indicator found = indicators.get(id);
        return Response.ok(IndicatorView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create an indicator with its targets and baselines")
    public Response create(@NotNull @Valid IndicatorInput input) {
        Indicator created = indicators.create(input);
        return Response.created(URI.create("/api/v1/indicators/" + created.id)).tag(Versions.etag(created.version))
                .entity(IndicatorView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change an indicator, its targets and baselines; needs If-Match with the version read")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid IndicatorInput input) {
        Indicator changed = indicators.update(id, ifMatch, input);
        return Response.ok(IndicatorView.of(changed)).tag(Versions.etag(changed.version)).build();
    }
}
