package se.styrkort.goals.api;

import java.net.URI;
import java.util.Arrays;
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

import se.styrkort.goals.domain.OrgUnit;
import se.styrkort.goals.domain.OrgUnitInput;
import se.styrkort.goals.domain.OrgUnitKind;
import se.styrkort.goals.domain.OrgUnits;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.security.Roles;

/** The organization is structure, not planning: docs/architecture.md gives its changes to admins. */
@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Org units", description = "Fullmäktige, styrelse, nämnder, förvaltningar, divisioner, områden, enheter")
@SecurityRequirement(name = "bearer")
public class OrgUnitResource {

    @Inject
    OrgUnits units;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the org units of your organization", description = "Filter by parent, kind, retired and text in the name.")
    public Page<OrgUnitView> list(@QueryParam("parentId") UUID parentId, @QueryParam("kind") String kind,
            @QueryParam("retired") Boolean retired, @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(units.list(parentId, kindOf(kind), retired, q), page, size, OrgUnitView::of);
    }

    /** Read here rather than by JAX-RS, which answers an unknown value with 404 instead of naming the allowed ones. */
    private static OrgUnitKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OrgUnitKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("kind", "must be one of " + Arrays.toString(OrgUnitKind.values()));
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one org unit; its ETag is the version to send in If-Match")
    @APIResponseSchema(OrgUnitView.class)
    public Response get(@PathParam("id") UUID id) {
        OrgUnit unit = units.get(id);
        return Response.ok(OrgUnitView.of(unit)).tag(Versions.etag(unit.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an org unit, optionally below another")
    @APIResponseSchema(value = OrgUnitView.class, responseCode = "201")
    public Response create(@NotNull @Valid OrgUnitInput input) {
        OrgUnit unit = units.create(input);
        return Response.created(URI.create("/api/v1/org-units/" + unit.id)).tag(Versions.etag(unit.version))
                .entity(OrgUnitView.of(unit)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename or move an org unit; needs If-Match with the version read")
    @APIResponseSchema(OrgUnitView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrgUnitInput input) {
        OrgUnit unit = units.update(id, ifMatch, input);
        return Response.ok(OrgUnitView.of(unit)).tag(Versions.etag(unit.version)).build();
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.WILDCARD) // a command without a body: whatever content type a client sends
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retire an org unit; it stays readable for history. Needs If-Match")
    @APIResponseSchema(OrgUnitView.class)
    public Response retire(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        OrgUnit unit = units.retire(id, ifMatch);
        return Response.ok(OrgUnitView.of(unit)).tag(Versions.etag(unit.version)).build();
    }
}
