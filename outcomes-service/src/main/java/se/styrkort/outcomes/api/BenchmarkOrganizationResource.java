package se.styrkort.outcomes.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import se.styrkort.outcomes.domain.BenchmarkOrganization;
import se.styrkort.outcomes.domain.BenchmarkOrganizations;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/benchmark-organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmark organizations", description = "Organizations whose series BENCHMARK targets compare with, such as riket")
@SecurityRequirement(name = "bearer")
public class BenchmarkOrganizationResource {

    @Inject
    BenchmarkOrganizations organizations;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the benchmark organizations of your organization")
    public Page<BenchmarkOrganizationView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(organizations.list(), page, size, BenchmarkOrganizationView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one benchmark organization")
    @APIResponseSchema(BenchmarkOrganizationView.class)
    public Response get(@PathParam("id") UUID id) {
        BenchmarkOrganization b = organizations.get(id);
        return Response.ok(BenchmarkOrganizationView.of(b)).tag(Versions.etag(b.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a benchmark organization under the code targets name it by", description = "Its values are measurements with its id as orgUnitId.")
    @APIResponseSchema(value = BenchmarkOrganizationView.class, responseCode = "201")
    public Response create(@NotNull @Valid BenchmarkOrganizationInput input) {
        BenchmarkOrganization b = organizations.create(input.code(), input.name().strip());
        return Response.created(URI.create("/api/v1/benchmark-organizations/" + b.id)).tag(Versions.etag(b.version))
                .entity(BenchmarkOrganizationView.of(b)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename a benchmark organization; its code cannot change, as targets name it")
    @APIResponseSchema(BenchmarkOrganizationView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid BenchmarkOrganizationInput input) {
        BenchmarkOrganization b = organizations.rename(id, ifMatch, input.code(), input.name().strip());
        return Response.ok(BenchmarkOrganizationView.of(b)).tag(Versions.etag(b.version)).build();
    }
}
