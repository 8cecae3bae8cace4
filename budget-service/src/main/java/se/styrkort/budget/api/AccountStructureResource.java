package se.styrkort.budget.api;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.budget.domain.AccountStructure;
import se.styrkort.budget.domain.AccountStructureInput;
import se.styrkort.budget.domain.AccountStructures;
import se.styrkort.budget.domain.AccountTableLine;
import se.styrkort.budget.domain.AccountTables;
import se.styrkort.budget.domain.OrgUnits;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/account-structures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account structures", description = "The rows and sums of a report's revenue and cost table, and the table computed from the recorded figures")
@SecurityRequirement(name = "bearer")
public class AccountStructureResource {

    @Inject
    AccountStructures structures;

    @Inject
    AccountTables tables;

    @Inject
    OrgUnits orgUnits;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the account structures of your organization")
    public Page<AccountStructureView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(structures.list(), page, size, AccountStructureView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one account structure; its ETag is its version")
    @APIResponseSchema(AccountStructureView.class)
    public Response get(@PathParam("id") UUID id) {
        AccountStructure structure = structures.get(id);
        return Response.ok(AccountStructureView.of(structure)).tag(Versions.etag(structure.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Set up an account structure", description = "Its rows and sums in the report's order; a sum names the rows and sums it adds"
            + " in sumOf. Names are unique in a structure and structures' names in a region.")
    @APIResponseSchema(value = AccountStructureView.class, responseCode = "201")
    public Response create(@NotNull @Valid AccountStructureInput input) {
        AccountStructure structure = structures.create(input);
        return Response.created(URI.create("/api/v1/account-structures/" + structure.id))
                .tag(Versions.etag(structure.version)).entity(AccountStructureView.of(structure)).build();
    }

    @GET
    @Path("{id}/table")
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The revenue and cost table of a unit and period", description = "Every row and sum in the structure's order with outcome, budget, outcome − budget,"
            + " last year's outcome and outcome − last year, in SEK: the table 'Intäkter och kostnader' of an"
            + " interim report. A row takes its accumulated figures of the period, else its monthly figures from"
            + " January to the period's last month added; the sums are computed.")
    public List<AccountTableLine> table(@PathParam("id") UUID id, @QueryParam("orgUnitId") @NotNull UUID orgUnitId,
            @QueryParam("period") @NotNull String period) {
        Period p = Period.parse("period", period);
        AccountStructure structure = structures.get(id);
        orgUnits.require(orgUnitId, "orgUnitId");
        return tables.of(structure, orgUnitId, p);
    }
}
