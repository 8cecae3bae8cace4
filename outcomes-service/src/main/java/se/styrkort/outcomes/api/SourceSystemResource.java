package se.styrkort.outcomes.api;

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
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.outcomes.domain.CodeKind;
import se.styrkort.outcomes.domain.SourceSystem;
import se.styrkort.outcomes.domain.SourceSystems;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/source-systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Source systems", description = "Systems that deliver outcomes, and how their codes map to our indicators and org units")
@SecurityRequirement(name = "bearer")
public class SourceSystemResource {

    @Inject
    SourceSystems systems;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the source systems of your organization")
    public Page<SourceSystemView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(systems.list(), page, size, SourceSystemView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one source system; its ETag is the version to send in If-Match")
    @APIResponseSchema(SourceSystemView.class)
    public Response get(@PathParam("id") UUID id) {
        SourceSystem system = systems.get(id);
        return Response.ok(SourceSystemView.of(system)).tag(Versions.etag(system.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a source system under a code that imports and measurements name it by")
    @APIResponseSchema(value = SourceSystemView.class, responseCode = "201")
    public Response create(@NotNull @Valid SourceSystemInput input) {
        SourceSystem system = systems.create(input.code(), input.name().strip());
        return Response.created(URI.create("/api/v1/source-systems/" + system.id))
                .tag(Versions.etag(system.version)).entity(SourceSystemView.of(system)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename a source system; its code cannot change, as measurements carry it")
    @APIResponseSchema(SourceSystemView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SourceSystemInput input) {
        SourceSystem system = systems.rename(id, ifMatch, input.code(), input.name().strip());
        return Response.ok(SourceSystemView.of(system)).tag(Versions.etag(system.version)).build();
    }

    @GET
    @Path("{id}/codes")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The code map of a source system", description = "kind: INDICATOR or ORG_UNIT; all when left out.")
    public Page<SourceCodeView> codes(@PathParam("id") UUID id, @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(systems.codes(id, kind == null ? null : kindOf(kind)), page, size, SourceCodeView::of);
    }

    @PUT
    @Path("{id}/codes/{kind}/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Map a code of the source system to one of our indicators (INDICATOR) or org units (ORG_UNIT)")
    public SourceCodeView map(@PathParam("id") UUID id, @PathParam("kind") String kind,
            @PathParam("code") @Size(max = 100) String code, @NotNull @Valid SourceCodeInput input) {
        return SourceCodeView.of(systems.map(id, kindOf(kind), code.strip(), input.targetId()));
    }

    @DELETE
    @Path("{id}/codes/{kind}/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Forget a code of the source system")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response unmap(@PathParam("id") UUID id, @PathParam("kind") String kind, @PathParam("code") String code) {
        systems.unmap(id, kindOf(kind), code.strip());
        return Response.noContent().build();
    }

    private static CodeKind kindOf(String text) {
        try {
            return CodeKind.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("kind", "must be INDICATOR or ORG_UNIT");
        }
    }
}
