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

import se.styrkort.goals.domain.Strategies;
import se.styrkort.goals.domain.Strategy;
import se.styrkort.goals.domain.StrategyInput;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategies", description = "Strategier, perspektiv: the top level of a plan")
@SecurityRequirement(name = "bearer")
public class StrategyResource {

    @Inject
    Strategies strategies;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List strategies of your organization", description = "Filter by plan and text in the name.")
    public Page<StrategyView> list(@QueryParam("planId") UUID planId,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(strategies.list(planId, q), page, size, StrategyView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one strategy; its ETag is the version to send in If-Match")
    @APIResponseSchema(StrategyView.class)
    public Response get(@PathParam("id") UUID id) {
        Strategy found = strategies.get(id);
        return Response.ok(StrategyView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create a strategy")
    @APIResponseSchema(value = StrategyView.class, responseCode = "201")
    public Response create(@NotNull @Valid StrategyInput input) {
        Strategy created = strategies.create(input);
        return Response.created(URI.create("/api/v1/strategies/" + created.id)).tag(Versions.etag(created.version))
                .entity(StrategyView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change a strategy; needs If-Match with the version read")
    @APIResponseSchema(StrategyView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StrategyInput input) {
        Strategy changed = strategies.update(id, ifMatch, input);
        return Response.ok(StrategyView.of(changed)).tag(Versions.etag(changed.version)).build();
    }
}
