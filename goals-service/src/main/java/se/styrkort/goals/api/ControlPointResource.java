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

import se.styrkort.goals.domain.ControlPoint;
import se.styrkort.goals.domain.ControlPointInput;
import se.styrkort.goals.domain.ControlPoints;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/control-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Control points", description = "Internkontrollplan: kontrollmoment, utförare, kontrollmetod, follow-ups and results")
@SecurityRequirement(name = "bearer")
public class ControlPointResource {

    @Inject
    ControlPoints controlPoints;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List control points of your organization", description = "Filter by plan, a year the plan covers and text in the control point.")
    public Page<ControlPointView> list(@QueryParam("planId") UUID planId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(controlPoints.list(planId, year, q), page, size, ControlPointView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one control point; its ETag is the version to send in If-Match")
    @APIResponseSchema(ControlPointView.class)
    public Response get(@PathParam("id") UUID id) {
        ControlPoint found = controlPoints.get(id);
        return Response.ok(ControlPointView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create a control point in a plan's internal control plan")
    @APIResponseSchema(value = ControlPointView.class, responseCode = "201")
    public Response create(@NotNull @Valid ControlPointInput input) {
        ControlPoint created = controlPoints.create(input);
        return Response.created(URI.create("/api/v1/control-points/" + created.id)).tag(Versions.etag(created.version))
                .entity(ControlPointView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change a control point, its follow-ups and results; needs If-Match with the version read")
    @APIResponseSchema(ControlPointView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ControlPointInput input) {
        ControlPoint changed = controlPoints.update(id, ifMatch, input);
        return Response.ok(ControlPointView.of(changed)).tag(Versions.etag(changed.version)).build();
    }
}
